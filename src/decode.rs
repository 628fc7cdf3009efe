//! Bytes → UTF-8: BOM, UTF-8, UTF-16, GB18030.
