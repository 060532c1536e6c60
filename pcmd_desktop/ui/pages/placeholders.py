"""Pages not built yet. Each is its own class so that a later version can replace it
with a real page (a package under ui/pages/) without touching the others."""

from __future__ import annotations

from pcmd_desktop.ui.pages.base import PlaceholderPage


class ExchangePage(PlaceholderPage):
    name = "exchange"
    title = "Nộp và tổng hợp báo cáo"
    description = (
        "Xuất tệp báo cáo gửi cấp trên, nhập tệp của các đơn vị cấp dưới và theo dõi "
        "đơn vị nào chưa nộp."
    )
