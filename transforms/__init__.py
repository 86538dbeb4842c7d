"""interaction-warehouse: logs in, privacy-safe training sets and analytics out."""
