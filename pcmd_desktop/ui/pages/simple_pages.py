"""Pages that are record panels and nothing more."""

from __future__ import annotations

from pcmd_desktop.ui.pages.records_page import RecordsPage
from pcmd_desktop.ui.records.duplicates_dialog import add_find_duplicates


class PersonsPage(RecordsPage):
    """Persons supported and the services they received. Names, identity numbers and
    residences appear only for roles that may see personal data; opening a file is
    audited (services.records)."""

    name = "persons"
    title = "Người được hỗ trợ"
    tabs_spec = (("person", "Hồ sơ"), ("service", "Dịch vụ hỗ trợ"))

    def add_tabs(self) -> None:
        add_find_duplicates(self)  # "Tìm hồ sơ trùng…" beside the tabs


class ActivitiesPage(RecordsPage):
    name = "activities"
    title = "Hoạt động"
    tabs_spec = (("activity", "Tuyên truyền, tập huấn"),)


class SanctionsPage(RecordsPage):
    name = "sanctions"
    title = "Xử phạt và vụ án"
    tabs_spec = (("sanction", "Xử phạt hành chính"), ("case", "Vụ án hình sự"))
