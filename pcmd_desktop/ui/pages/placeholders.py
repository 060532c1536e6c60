"""Pages not built yet. Each is its own class so that a later version can replace it
with a real page (a package under ui/pages/) without touching the others."""

from __future__ import annotations

from pcmd_desktop.ui.pages.base import PlaceholderPage


class InspectionsPage(PlaceholderPage):
    name = "inspections"
    title = "Kiểm tra cơ sở"
    description = (
        "Danh sách cơ sở kinh doanh dịch vụ dễ bị lợi dụng hoạt động mại dâm và các lần "
        "kiểm tra, vi phạm phát hiện, mức xử phạt."
    )


class HotspotsPage(PlaceholderPage):
    name = "hotspots"
    title = "Tụ điểm"
    description = "Các tụ điểm phức tạp về mại dâm và những lần tuần tra, kiểm soát."


class PersonsPage(PlaceholderPage):
    name = "persons"
    title = "Người được hỗ trợ"
    description = (
        "Hồ sơ người bán dâm được hỗ trợ và các dịch vụ đã nhận (tư vấn, y tế, học nghề, "
        "việc làm, vay vốn); đây là dữ liệu cá nhân nhạy cảm."
    )


class ActivitiesPage(PlaceholderPage):
    name = "activities"
    title = "Hoạt động"
    description = "Các hoạt động tuyên truyền, tập huấn, hội nghị và số người tham dự."


class SanctionsPage(PlaceholderPage):
    name = "sanctions"
    title = "Xử phạt và vụ án"
    description = "Các quyết định xử phạt vi phạm hành chính và các vụ án liên quan đến mại dâm."


class PlanPage(PlaceholderPage):
    name = "plan"
    title = "Kế hoạch"
    description = "Chỉ tiêu kế hoạch năm, kinh phí và tình hình thực hiện."


class ReportsPage(PlaceholderPage):
    name = "reports"
    title = "Báo cáo"
    description = "Các mẫu báo cáo định kỳ theo kỳ báo cáo, xem trước, in và xuất ra PDF, Excel."


class ExchangePage(PlaceholderPage):
    name = "exchange"
    title = "Nộp và tổng hợp báo cáo"
    description = (
        "Xuất tệp báo cáo gửi cấp trên, nhập tệp của các đơn vị cấp dưới và theo dõi "
        "đơn vị nào chưa nộp."
    )
