"""The negative list and the scanning engine (Qt-free, database-free)."""
