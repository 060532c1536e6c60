"""The record kinds that can be imported from an Excel template. A module of its own so the
window can offer the import without loading openpyxl before it is used."""

TEMPLATE_KINDS: tuple[str, ...] = (
    "establishment",
    "hotspot",
    "person",
    "volunteer_team",
    "volunteer_member",
)
