"""The record kinds that can be imported from an Excel template. A module of its own so the
window can offer the import without loading openpyxl before it is used."""

TEMPLATE_KINDS: tuple[str, ...] = (
    "establishment",
    "hotspot",
    "person",
    "volunteer_team",
    "volunteer_member",
    "tip",
)

# Record kinds a sheet names instead of giving their id (excel_refs): the field a clerk
# knows them by, and the page they are entered on.
NAMED_REFS: dict[str, tuple[str, str]] = {
    "volunteer_team": ("name", "Đội tình nguyện"),
    "establishment": ("name", "Kiểm tra cơ sở"),
}
