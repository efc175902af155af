//! The engine: runs every rule in force on the assessment date against a household and the
//! parameters resolved for that date and the household's area, applies stacking and exclusion, and
//! builds the [`Determination`].
//!
//! Pure: no I/O, no global state, no clock. The caller passes the date.

mod assessor;
mod ctx;
mod determination;
mod outcome;
mod screening;
mod stacking;
mod trace;

pub use crate::policy::rules::income_test::IncomeTest;
pub use assessor::{Assessor, Outcomes};
pub use ctx::{Ctx, Derived, Eval, combine_members, status_code};
pub use determination::{
    AssessError, Determination, ENGINE_VERSION, MemberResult, Notice, RuleResult, TraceMode,
    assess, assess_resolved, determination_id,
};
pub use outcome::{Amount, AmountKind, Form, Outcome, Period, Tri, round_fen};
pub use screening::Screening;
pub use stacking::{
    PRECEDENCE_RULES, Precedence, REFER_GROUPS, ReferGroup, STACKING_RULES, StackingRule,
};
pub use trace::{Calc, Cmp, Condition, Missing, MissingWhat, Val};
