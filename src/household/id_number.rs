//! The 18-digit 居民身份证 number (GB 11643-1999): check digit, birth date and sex.

use chrono::NaiveDate;
use thiserror::Error;

use super::Sex;

/// Why an ID number is not valid.
#[derive(Debug, Error, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum IdNumberError {
    /// Not 17 digits followed by a digit or `X`.
    #[error("an ID number has 17 digits and a final digit or X")]
    Shape,
    /// The check digit does not match (a typing error).
    #[error("the check digit does not match: expected {expected}")]
    CheckDigit {
        /// The check digit the first 17 digits give.
        expected: char,
    },
    /// Digits 7–14 are not a date.
    #[error("digits 7 to 14 are not a valid birth date")]
    BirthDate,
}

/// What an ID number says about its holder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IdInfo {
    /// Birth date (digits 7–14).
    pub birth_date: NaiveDate,
    /// Sex (digit 17: odd for men, even for women).
    pub sex: Sex,
}

const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK: [char; 11] = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];

/// Checks an 18-digit ID number (GB 11643-1999 check digit, ISO 7064 MOD 11-2) and reads the birth
/// date and sex from it.
///
/// # Errors
/// [`IdNumberError`] naming what is wrong.
pub fn parse_id_number(id: &str) -> Result<IdInfo, IdNumberError> {
    let chars: Vec<char> = id.trim().chars().map(|c| c.to_ascii_uppercase()).collect();
    if chars.len() != 18
        || !chars[..17].iter().all(char::is_ascii_digit)
        || !(chars[17].is_ascii_digit() || chars[17] == 'X')
    {
        return Err(IdNumberError::Shape);
    }
    let digits: Vec<u32> = chars[..17].iter().filter_map(|c| c.to_digit(10)).collect();
    let sum: u32 = digits.iter().zip(WEIGHTS).map(|(d, w)| d * w).sum();
    let expected = CHECK[(sum % 11) as usize];
    if chars[17] != expected {
        return Err(IdNumberError::CheckDigit { expected });
    }
    let number = |a: usize, b: usize| digits[a..b].iter().fold(0u32, |n, d| n * 10 + d);
    let year = i32::try_from(number(6, 10)).map_err(|_| IdNumberError::BirthDate)?;
    let birth_date = NaiveDate::from_ymd_opt(year, number(10, 12), number(12, 14))
        .ok_or(IdNumberError::BirthDate)?;
    let sex = if digits[16] % 2 == 1 {
        Sex::Male
    } else {
        Sex::Female
    };
    Ok(IdInfo { birth_date, sex })
}

/// The number with the middle hidden, for display on a shared screen: `330302********123X`.
#[must_use]
pub fn mask_id_number(id: &str) -> String {
    let chars: Vec<char> = id.chars().collect();
    if chars.len() < 10 {
        return "*".repeat(chars.len());
    }
    let head: String = chars[..6].iter().collect();
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{head}{}{tail}", "*".repeat(chars.len() - 10))
}

/// A name with all but the first character hidden: `王**`.
#[must_use]
pub fn mask_name(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => std::iter::once(first).chain(chars.map(|_| '*')).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // A number built for the test: 330302 (鹿城区) 19800412 (birth) 123 (sequence, odd → male).
    // Check digit: Σ digit × weight = 3×7+3×9+0×10+3×5+0×8+2×4+1×2+9×1+8×6+0×3+0×7+4×9+1×10+2×5+1×8+2×4+3×2
    // = 21+27+0+15+0+8+2+9+48+0+0+36+10+10+8+8+6 = 208; 208 mod 11 = 10 → '2'.
    const VALID: &str = "330302198004121232";

    #[test]
    fn a_valid_number_gives_birth_date_and_sex() {
        let info = parse_id_number(VALID).unwrap();
        assert_eq!(
            info.birth_date,
            NaiveDate::from_ymd_opt(1980, 4, 12).unwrap()
        );
        assert_eq!(info.sex, Sex::Male);
    }

    #[test]
    fn a_wrong_check_digit_is_refused_with_the_expected_one() {
        assert_eq!(
            parse_id_number("330302198004121233"),
            Err(IdNumberError::CheckDigit { expected: '2' })
        );
    }

    #[test]
    fn a_check_digit_x_is_accepted_in_either_case() {
        // 11010519491231002: Σ = 1×7+1×9+0+1×5+0+5×4+1×2+9×1+4×6+9×3+1×7+2×9+3×10+1×5+0+0+2×2 = 167;
        // 167 mod 11 = 2 → 'X'.
        assert!(parse_id_number("11010519491231002X").is_ok());
        assert!(parse_id_number("11010519491231002x").is_ok());
    }

    #[test]
    fn shape_and_date_errors() {
        assert_eq!(parse_id_number("12345"), Err(IdNumberError::Shape));
        assert_eq!(
            parse_id_number("33030219800412123A"),
            Err(IdNumberError::Shape)
        );
    }

    #[test]
    fn masking_keeps_only_what_identifies_nobody() {
        assert_eq!(mask_id_number(VALID), "330302********1232");
        assert_eq!(mask_name("王小明"), "王**");
    }
}
