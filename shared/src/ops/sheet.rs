//! CSV for spreadsheets, as the exports answer it: RFC 4180 rows (UTF-8,
//! CRLF, a header row first) whose cells a spreadsheet never runs as
//! formulas.

use crate::error::{Error, Result};
use std::borrow::Cow;

/// The rows written so far, in memory.
pub struct Sheet(csv::Writer<Vec<u8>>);

impl Sheet {
    /// A sheet holding its header row, `columns`.
    pub fn new(columns: &[&str]) -> Result<Sheet> {
        let writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        let mut sheet = Sheet(writer);
        sheet.row(columns)?;
        Ok(sheet)
    }

    /// One row, each cell neutralised (`cell`).
    pub fn row<S: AsRef<str>>(&mut self, cells: &[S]) -> Result<()> {
        self.0
            .write_record(cells.iter().map(|c| cell(c.as_ref()).into_owned()))
            .map_err(failed)
    }

    /// The bytes written so far.
    pub fn size(&mut self) -> Result<usize> {
        self.0.flush().map_err(failed)?;
        Ok(self.0.get_ref().len())
    }

    pub fn into_bytes(self) -> Result<Vec<u8>> {
        self.0.into_inner().map_err(|e| failed(e.error()))
    }
}

fn failed(e: impl std::fmt::Display) -> Error {
    Error::Internal(format!("CSV: {e}"))
}

/// A cell a spreadsheet will not run as a formula (OWASP's CSV injection):
/// one starting with `=`, `+`, `-`, `@`, a tab or a carriage return is
/// prefixed with `'`.
fn cell(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_that_would_be_a_formula_is_neutralised() {
        for formula in ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(cell(formula), format!("'{formula}"));
        }
        assert_eq!(cell("sue@example.com"), "sue@example.com");
    }

    #[test]
    fn rows_are_rfc_4180_after_the_header() {
        let mut sheet = Sheet::new(&["a", "b"]).unwrap();
        sheet.row(&["x, \"y\"", "=1"]).unwrap();
        let text = String::from_utf8(sheet.into_bytes().unwrap()).unwrap();
        assert_eq!(text, "a,b\r\n\"x, \"\"y\"\"\",'=1\r\n");
    }
}
