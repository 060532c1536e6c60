"""Qt item models that read through the services."""
