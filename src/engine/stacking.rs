//! Stacking and exclusion in one table (rules-core §8, rules-other §I): which benefits are not paid
//! together, and which one is paid instead; which benefit two documents give once (precedence); and
//! which overlaps the officer decides (refer groups). Rules do not know each other; this module does.

use rust_decimal::Decimal;

use super::determination::{MemberResult, RuleResult};
use super::trace::{Missing, MissingWhat};
use super::{Amount, Outcome, Period, combine_members};
use std::sync::OnceLock;

use super::assessor::rule_position;
use crate::policy::{ParamKey, Resolved, RuleId};

/// A group of benefits of which one person (or the household) receives only the highest.
#[derive(Debug, Clone, Copy)]
pub struct StackingRule {
    /// The rules in the group.
    pub rules: &'static [RuleId],
    /// The clause that excludes double receipt.
    pub clause: &'static str,
    /// Message key of the explanation.
    pub key: &'static str,
}

/// The exclusion groups.
pub static STACKING_RULES: &[StackingRule] = &[
    // 6号 附则 第2点: 「同一人同一年度享受同级财政同类助学补助、住房租赁保障时，不重复享受，就高执行」.
    // EDU-05 joins only where the pack says it is city-funded like EDU-02/03 (rules-core errata 2);
    // the union's EDU-04 joins only where union money is not allowed to stack (G6(b)).
    //
    // 温政办〔2023〕68号 三(四)14 「对就读高中学校的残疾学生实行相关免费政策和国家助学金」 (A5): the 国家助学金 is a
    // study grant like EDU-02/03 (同类) but a national programme, not 「由市级给予」 (6号 第18条), so not 同级财政:
    // A5 joins only where the pack says it is (`sped_national_grant_city_level`, false in the official
    // pack). A3 (fee waiver), A4 (meals), A6 (kindergarten 保育费) and A7 (transport) are not 助学补助 of
    // the kind of 第18条, or never meet it in one school year (kindergarten, compulsory): they stack.
    StackingRule {
        rules: &["EDU-02", "EDU-03", "EDU-05", "EDU-04", "A5"],
        clause: "温政发〔2022〕6号 附则 第2点; 温政办〔2023〕68号 三(四)14",
        key: "stack-education",
    },
    StackingRule {
        rules: &["HOU-03", "HOU-04", "HOU-07"],
        clause: "温政发〔2022〕6号 附则 第2点",
        key: "stack-rental",
    },
    // MED-09 (6号 第19条) and MED-27 (98号 第20条) aid the same supplementary-insurance premium.
    StackingRule {
        rules: &["MED-09", "MED-27"],
        clause: "温政办〔2022〕98号 第20条; 温政发〔2022〕6号 第19条",
        key: "stack-premium",
    },
    // 6号 第5条: the 低保 elderly care subsidy at home (ELD-01) or, placed in an institution, the 特困 care
    // fee as reference (ELD-02): by setting, never both (rules-core §8).
    StackingRule {
        rules: &["ELD-01", "ELD-02"],
        clause: "温政发〔2022〕6号 第5条",
        key: "stack-elderly-care",
    },
    // One guaranteed start-up loan: 温政发〔2022〕6号 第23条 「提供创业担保贷款及贴息…新创办个体工商户可申请不超过50万元
    // 的贷款；新创办的企业可申请不超过60万元的贷款」 (EMP-06) and 温政办〔2022〕35号 二(二)8 「落实创新创业担保贷款政策及
    // 贴息政策…提供高校毕业生最高不超过50万元的创业担保贷款」 (F4) describe the same loan programme; a founder
    // borrows under one of them: the higher ceiling (on a tie EMP-06, listed first).
    StackingRule {
        rules: &["EMP-06", "F4"],
        clause: "温政发〔2022〕6号 第23条; 温政办〔2022〕35号 二(二)8",
        key: "stack-startup-loan",
    },
    // 98号 第10条 gives orphans 「医疗救助待遇」: the same aid as MED-05, not a second payment.
    StackingRule {
        rules: &["MED-05", "MED-18"],
        clause: "温政办〔2022〕98号 第10条; 温政发〔2022〕6号 第14条",
        key: "stack-medical-aid",
    },
    // 温政发〔2024〕15号 六(十)1 and 六(十)2: the extra lump sum of a martyr (D11) or the 200,000 of a person
    // not recognised as a martyr (D12), 「除法定抚恤外」 both: alternatives, one per person who died.
    StackingRule {
        rules: &["D11", "D12"],
        clause: "温政发〔2024〕15号 六(十)1、六(十)2",
        key: "stack-jyyw-lump-sum",
    },
    // 温政办〔2023〕75号 清单第6项 「为80周岁及以上温州户籍老年人每月发放不少60元的高龄津贴，100周岁及以上老年人发放长寿
    // 保健补助金（不重复享受）」 and 温政发〔2022〕6号 第5条 (高龄津贴 80–89 50, 90–99 200, 100+ ≥ 500): one allowance, not
    // two. While both are in force (2023-10-01 → 2025-12-31) ELD-04 already applies the 75号 floor and the
    // 长寿保健补助金, so the two rules give the same figure and ELD-04, listed first, carries it (就高: a
    // higher B1/B2 would win). From 2026-01-01 B1/B2 alone. B1 stops at 99 and B2 starts at 100, so a
    // centenarian never gets both (rules-other §N example 2: 6,000 not 6,720).
    StackingRule {
        rules: &["ELD-04", "B1", "B2"],
        clause: "温政办〔2023〕75号 附件 清单第6项; 温政发〔2022〕6号 第5条",
        key: "stack-longevity",
    },
    // 75号 清单第7项 (经济困难), 第*11项 (赡养人死亡或伤病残) and 第*21项 (重点优抚对象、器官捐献人家庭) each give 「养老服务
    // 补贴」: the same subsidy under three triggers, nothing says it is paid more than once → once, at the
    // highest (rules-other §I `care_service_subsidy`).
    StackingRule {
        rules: &["B3", "B7", "B19"],
        clause: "温政办〔2023〕75号 附件 清单第7项、第11项、第21项",
        key: "stack-care-service-subsidy",
    },
];

/// A benefit that two documents give: while the `carriers` (the older document's rules) give a result
/// for a person, the `deferred` rule does not give it a second time.
#[derive(Debug, Clone, Copy)]
pub struct Precedence {
    /// The rules that carry the benefit while they are in force.
    pub carriers: &'static [RuleId],
    /// The rule that gives the same benefit and yields to them.
    pub deferred: RuleId,
    /// Both clauses.
    pub clause: &'static str,
    /// Message key of the explanation.
    pub key: &'static str,
}

/// Same benefit, two documents: the carrier's result (eligible, refer or undetermined) stands for
/// the person, and the deferred rule is marked as superseded by it. Applied before [`STACKING_RULES`].
pub static PRECEDENCE_RULES: &[Precedence] = &[
    // 75号 清单第7项 「为经济困难的老年人提供养老服务补贴」 and 6号 第5条 「以服务形式对城乡低保60周岁以上居家养老的失能、
    // 失智及高龄老年人给予养老服务补贴…」 / 机构养老 / 「居家养老的低保低边60周岁以上的失能、失智及高龄老年人的养老服务
    // 补贴标准，由各地结合实际确定」: the same subsidy for 低保/低边 elders. 6号 sets its standard, so while a 6号
    // rule gives a result for the person, B3 does not pay it again; B3 remains for the others (特困,
    // elders outside 6号's groups) and alone from 2026-01-01.
    Precedence {
        carriers: &["ELD-01", "ELD-02", "ELD-03"],
        deferred: "B3",
        clause: "温政办〔2023〕75号 附件 清单第7项; 温政发〔2022〕6号 第5条",
        key: "stack-hardship-care-subsidy",
    },
    // 41号 二(三) 「长期护理保险待遇以护理服务方式支付」 and 6号 第5条 「对经评估达到重度失能标准的长期护理保险参保人员，按规定
    // 每月以护理服务形式予以补助」: one benefit. ELD-05 carries it until 2025-12-31; C3 alone afterwards, and
    // for a person ELD-05 does not cover (a county employee between 2022-06-25 and 98号's extension).
    Precedence {
        carriers: &["ELD-05"],
        deferred: "C3",
        clause: "温政办〔2022〕41号 二(三); 温政发〔2022〕6号 第5条",
        key: "stack-ltc-benefit",
    },
    // 41号 二(四) (失能等级评估) and ELD-05's referral to apply for the assessment (6号 第5条 「经评估」).
    Precedence {
        carriers: &["ELD-05"],
        deferred: "C4",
        clause: "温政办〔2022〕41号 二(四); 温政发〔2022〕6号 第5条",
        key: "stack-ltc-benefit",
    },
];

/// Benefits that may overlap although no clause excludes it: when a person gets two or more of them,
/// each becomes `refer` (the officer decides whether they stack; amounts kept).
#[derive(Debug, Clone, Copy)]
pub struct ReferGroup {
    /// The rules of the group.
    pub rules: &'static [RuleId],
    /// The clauses, none of which excludes the others.
    pub clause: &'static str,
    /// Message key of the explanation.
    pub key: &'static str,
}

/// The officer-decides groups (rules-other §I `care_allowance`).
pub static REFER_GROUPS: &[ReferGroup] = &[
    // 75号 清单第9项 护理补贴, 第18项 重度残疾人护理补贴, 第7项 养老服务补贴, 41号 二(三) 长期护理保险 and 6号 第5条's
    // 养老服务补贴 (whose tiers 6号 pegs to the 重度残疾人护理补贴): care allowances for the same dependency. The seeds
    // state no exclusion between them and none allows them to stack → officer decides (rules-other §I,
    // §N example 3: 1,350 if they stack, 850 if not).
    ReferGroup {
        rules: &["ELD-01", "B3", "B5", "B8", "C3"],
        clause: "温政办〔2023〕75号 附件 清单第7项、第9项、第18项; 温政办〔2022〕41号 二(三); 温政发〔2022〕6号 第5条",
        key: "stack-care-allowance",
    },
];

/// The tables above with each rule id turned into its position in the engine's rule list, once, so
/// that stacking finds a result by index rather than by comparing ids (it runs for every household
/// of a batch).
struct Positions {
    /// Per [`PRECEDENCE_RULES`] entry: the deferred rule and the carriers.
    precedence: Vec<(Option<usize>, Vec<Option<usize>>)>,
    /// Per [`STACKING_RULES`] group: each rule's membership switch (see [`membership_switch`]) and
    /// position.
    groups: Vec<Vec<(Option<Switch>, Option<usize>)>>,
    /// Per [`REFER_GROUPS`] entry.
    refer: Vec<Vec<Option<usize>>>,
}

fn positions() -> &'static Positions {
    static POSITIONS: OnceLock<Positions> = OnceLock::new();
    POSITIONS.get_or_init(|| Positions {
        precedence: PRECEDENCE_RULES
            .iter()
            .map(|p| {
                (
                    rule_position(p.deferred),
                    p.carriers.iter().map(|c| rule_position(c)).collect(),
                )
            })
            .collect(),
        groups: STACKING_RULES
            .iter()
            .map(|g| {
                g.rules
                    .iter()
                    .map(|id| (membership_switch(id), rule_position(id)))
                    .collect()
            })
            .collect(),
        refer: REFER_GROUPS
            .iter()
            .map(|g| g.rules.iter().map(|id| rule_position(id)).collect())
            .collect(),
    })
}

/// A switch parameter and the value it must have.
type Switch = (ParamKey, bool);

/// The switch under which a rule takes part in its exclusion group, and the value it must have: a
/// city-level grant competes with its rivals only where the pack says it is city-level, and the
/// union tuition aid only where the pack says it does not stack.
fn membership_switch(id: &str) -> Option<Switch> {
    match id {
        "EDU-05" => Some((ParamKey::FpEduGrantCityLevel, true)),
        "EDU-04" => Some((ParamKey::UnionTuitionStacks, false)),
        "A5" => Some((ParamKey::SpedNationalGrantCityLevel, true)),
        _ => None,
    }
}

/// The index of a rule's result, if it was in force: `slots` maps positions in the engine's rule
/// list to indices in the results.
fn result_index(slots: &[Option<u16>], position: Option<usize>) -> Option<usize> {
    slots.get(position?).copied().flatten().map(usize::from)
}

/// Applies [`PRECEDENCE_RULES`].
fn apply_precedence(
    results: &mut [RuleResult],
    members: &mut [MemberResult],
    missing: &mut Vec<Missing>,
    slots: &[Option<u16>],
) {
    for (deferred, carriers) in &positions().precedence {
        let Some(d) = result_index(slots, *deferred) else {
            continue;
        };
        let mut changed = false;
        for carrier in carriers {
            let Some(c) = result_index(slots, *carrier) else {
                continue;
            };
            let by = results[c].meta.id;
            let carrier_members = range_of(members, c);
            // Household-level carrier result: it stands for every member.
            let household_holds =
                carrier_members.is_empty() && results[c].outcome != Outcome::Ineligible;
            let holds_for = |members: &[MemberResult], k: u16| {
                members[carrier_members.clone()]
                    .iter()
                    .any(|m| m.member == k && m.outcome != Outcome::Ineligible)
            };
            // Where a fact decides whether the carrier covers the person at all, whether the deferred
            // rule pays is open too: it is undetermined, with the carrier's missing facts, not
            // superseded. (A carrier open only for a missing amount still covers the person.)
            let fact_open = |member: Option<u16>| {
                missing.iter().any(|m| {
                    usize::from(m.rule) == c
                        && match m.what {
                            MissingWhat::Household { .. } => true,
                            MissingWhat::Member { member: k, .. } => {
                                member.is_none() || member == Some(k)
                            }
                            MissingWhat::Param { .. } => false,
                        }
                })
            };
            let household_open = carrier_members.is_empty()
                && results[c].outcome == Outcome::Undetermined
                && fact_open(None);
            let open_for = |members: &[MemberResult], k: u16| {
                members[carrier_members.clone()].iter().any(|m| {
                    m.member == k && m.outcome == Outcome::Undetermined && fact_open(Some(k))
                })
            };
            let mut inherit = false;
            let deferred_members = range_of(members, d);
            if deferred_members.is_empty() {
                if household_holds && results[d].outcome != Outcome::Ineligible {
                    results[d].amount = None;
                    if household_open {
                        results[d].outcome = Outcome::Undetermined;
                        inherit = true;
                    } else {
                        results[d].outcome = Outcome::Ineligible;
                        results[d].superseded_by = Some(by);
                    }
                }
            } else {
                for j in deferred_members {
                    let k = members[j].member;
                    if members[j].outcome != Outcome::Ineligible
                        && (household_holds || holds_for(members, k))
                    {
                        let open = household_open || open_for(members, k);
                        let m = &mut members[j];
                        m.amount = None;
                        if open {
                            m.outcome = Outcome::Undetermined;
                            inherit = true;
                        } else {
                            m.outcome = Outcome::Ineligible;
                            m.superseded_by = Some(by);
                        }
                        changed = true;
                    }
                }
            }
            if inherit {
                inherit_missing(missing, |rule| rule == c, d);
            }
            if changed {
                recompute(results, members, d, by);
            }
        }
    }
}

/// Applies [`REFER_GROUPS`]: a member eligible under two or more rules of a group is referred under each.
fn apply_refer_groups(
    results: &mut [RuleResult],
    members: &mut [MemberResult],
    slots: &[Option<u16>],
    paid_by: &mut Vec<usize>,
) {
    for group in &positions().refer {
        let in_force = || group.iter().filter_map(|p| result_index(slots, *p));
        if in_force().nth(1).is_none() {
            continue;
        }
        // Per member: how many rules of the group pay them.
        paid_by.clear();
        // Only results that pay count: a rule already referred (B5's 「符合条件」) tells the officer itself.
        for ri in in_force() {
            for m in &members[range_of(members, ri)] {
                if m.outcome == Outcome::Eligible {
                    let k = usize::from(m.member);
                    if paid_by.len() <= k {
                        paid_by.resize(k + 1, 0);
                    }
                    paid_by[k] += 1;
                }
            }
        }
        for ri in in_force() {
            let range = range_of(members, ri);
            let mut changed = false;
            for m in &mut members[range.clone()] {
                if m.outcome == Outcome::Eligible
                    && paid_by.get(usize::from(m.member)).copied().unwrap_or(0) >= 2
                {
                    m.outcome = Outcome::Refer;
                    changed = true;
                }
            }
            if changed {
                let outcome = combine_members(members[range].iter().map(|m| m.outcome));
                results[ri].outcome = outcome;
            }
        }
    }
}

/// Annual value of an amount, to compare benefits with different periods.
fn annual(a: Amount) -> Decimal {
    match a.period {
        Period::Month => a.value * Decimal::from(12),
        Period::Year | Period::SchoolYear | Period::Once => a.value,
    }
}

/// Lists the stacking step reuses from group to group and, in a batch, from household to household.
#[derive(Debug, Default)]
pub(crate) struct StackingScratch {
    /// (result index, place in the group) of a group's rules in force.
    found: Vec<(usize, usize)>,
    /// Result indices of a group's rules in force.
    rule_idx: Vec<usize>,
    /// The group's paid items.
    items: Vec<Item>,
    /// (rule, member, winner) of the items that lose.
    losers: Vec<(usize, Option<usize>, usize)>,
    /// Per member: how many rules of a refer group pay them.
    paid_by: Vec<usize>,
    /// The lists of [`open_rivals`].
    rivals: RivalLists,
}

/// One paid item in a group: a rule's household result or one member's result.
#[derive(Debug)]
struct Item {
    rule: usize,
    /// Place of the rule in its group: on a tie the rule listed first wins.
    rank: usize,
    member: Option<usize>,
    value: Decimal,
}

/// Applies every exclusion group to the results. `slots` maps positions in the engine's rule list
/// to indices in `results`.
pub(crate) fn apply_stacking(
    results: &mut [RuleResult],
    members: &mut [MemberResult],
    missing: &mut Vec<Missing>,
    p: &Resolved,
    slots: &[Option<u16>],
    scratch: &mut StackingScratch,
) {
    apply_precedence(results, members, missing, slots);
    let StackingScratch {
        found,
        rule_idx,
        items,
        losers,
        paid_by,
        rivals,
    } = scratch;
    for group in &positions().groups {
        // (result index, place in the group) of the group's rules in force and not switched off.
        found.clear();
        found.extend(
            group
                .iter()
                .filter(|(switch, _)| switch.is_none_or(|(key, on)| p.switch(key) == Some(on)))
                .enumerate()
                .filter_map(|(rank, (_, position))| Some((result_index(slots, *position)?, rank))),
        );
        if found.len() < 2
            || !found
                .iter()
                .any(|&(ri, _)| results[ri].outcome != Outcome::Ineligible)
        {
            continue;
        }
        let rank_of = |ri: usize| {
            found
                .iter()
                .find(|(r, _)| *r == ri)
                .map_or(usize::MAX, |(_, rank)| *rank)
        };
        rule_idx.clear();
        rule_idx.extend(found.iter().map(|(ri, _)| *ri));
        let paid = |o: Outcome| matches!(o, Outcome::Eligible | Outcome::Refer);
        open_rivals(results, members, missing, rule_idx, rivals);
        items.clear();
        for &ri in rule_idx.iter() {
            let member_level = range_of(members, ri);
            if member_level.is_empty() {
                if paid(results[ri].outcome)
                    && let Some(a) = results[ri].amount
                {
                    items.push(Item {
                        rule: ri,
                        rank: rank_of(ri),
                        member: None,
                        value: annual(a),
                    });
                }
            } else {
                for k in member_level {
                    if paid(members[k].outcome)
                        && let Some(a) = members[k].amount
                    {
                        items.push(Item {
                            rule: ri,
                            rank: rank_of(ri),
                            member: Some(usize::from(members[k].member)),
                            value: annual(a),
                        });
                    }
                }
            }
        }
        // Household-level items compete with every member's; member items compete per member.
        losers.clear();
        for (i, a) in items.iter().enumerate() {
            let rivals = items.iter().enumerate().filter(|(j, b)| {
                *j != i
                    && b.rule != a.rule
                    && (a.member.is_none() || b.member.is_none() || a.member == b.member)
            });
            // The higher amount wins; on a tie the rule listed first in the group wins.
            if let Some((_, winner)) = rivals
                .filter(|(_, b)| b.value > a.value || (b.value == a.value && b.rank < a.rank))
                .max_by(|x, y| x.1.value.cmp(&y.1.value))
            {
                losers.push((a.rule, a.member, winner.rule));
            }
        }
        for &(rule, member, winner) in losers.iter() {
            let by = results[winner].meta.id;
            match member {
                None => {
                    results[rule].outcome = Outcome::Ineligible;
                    results[rule].superseded_by = Some(by);
                }
                Some(m) => {
                    let range = range_of(members, rule);
                    for mr in &mut members[range] {
                        if usize::from(mr.member) == m {
                            mr.outcome = Outcome::Ineligible;
                            mr.superseded_by = Some(by);
                        }
                    }
                    recompute(results, members, rule, by);
                }
            }
        }
    }
    apply_refer_groups(results, members, slots, paid_by);
}

/// A benefit whose rival in the group is undetermined (for the same member, or at household level)
/// cannot be said to be paid: which one is higher depends on the rival's missing facts. It becomes
/// undetermined too, listing those facts.
fn open_rivals(
    results: &mut [RuleResult],
    members: &mut [MemberResult],
    missing: &mut Vec<Missing>,
    rule_idx: &[usize],
    lists: &mut RivalLists,
) {
    let paid = |o: Outcome| matches!(o, Outcome::Eligible | Outcome::Refer);
    let RivalLists {
        open,
        changed,
        inherit,
    } = lists;
    // (rule, member) pairs that are open; member None = the household-level result.
    open.clear();
    for &ri in rule_idx {
        let mine = &members[range_of(members, ri)];
        if mine.is_empty() {
            if results[ri].outcome == Outcome::Undetermined {
                open.push((ri, None));
            }
        } else {
            open.extend(
                mine.iter()
                    .filter(|m| m.outcome == Outcome::Undetermined)
                    .map(|m| (ri, Some(m.member))),
            );
        }
    }
    if open.is_empty() {
        return;
    }
    changed.clear();
    for &ri in rule_idx {
        let has_members = !range_of(members, ri).is_empty();
        // Adds the open rivals of `ri` for `member` to `inherit`; whether there were any.
        let rivals = |member: Option<u16>, inherit: &mut Vec<usize>| {
            let before = inherit.len();
            inherit.extend(
                open.iter()
                    .filter(|(r, m)| *r != ri && (m.is_none() || member.is_none() || *m == member))
                    .map(|(r, _)| *r),
            );
            inherit.len() > before
        };
        inherit.clear();
        if has_members {
            let range = range_of(members, ri);
            for m in members[range].iter_mut().filter(|m| paid(m.outcome)) {
                if rivals(Some(m.member), inherit) {
                    m.outcome = Outcome::Undetermined;
                    m.amount = None;
                }
            }
        } else if paid(results[ri].outcome) && rivals(None, inherit) {
            results[ri].outcome = Outcome::Undetermined;
            results[ri].amount = None;
        }
        if !inherit.is_empty() {
            changed.push(ri);
            inherit_missing(missing, |rule| inherit.contains(&rule), ri);
        }
    }
    for &ri in changed.iter() {
        let mine = &members[range_of(members, ri)];
        if !mine.is_empty() {
            let outcome = combine_members(mine.iter().map(|m| m.outcome));
            results[ri].outcome = outcome;
            if outcome == Outcome::Undetermined {
                results[ri].amount = None;
            }
        }
    }
}

/// The lists [`open_rivals`] reuses.
#[derive(Debug, Default)]
pub(crate) struct RivalLists {
    /// (rule, member) pairs that are open; member `None`: the household-level result.
    open: Vec<(usize, Option<u16>)>,
    /// Rules made open by a rival.
    changed: Vec<usize>,
    /// The open rivals of the rule at hand, whose missing facts it inherits.
    inherit: Vec<usize>,
}

/// Copies to rule `to` the missing facts of the rules `from` accepts (the facts that keep it open).
fn inherit_missing(missing: &mut Vec<Missing>, from: impl Fn(usize) -> bool, to: usize) {
    let to = u16::try_from(to).unwrap_or(u16::MAX);
    // By index: the list grows while it is read, and its memory is reused from household to household.
    for i in 0..missing.len() {
        if from(usize::from(missing[i].rule)) {
            let what = missing[i].what;
            missing.push(Missing { rule: to, what });
        }
    }
}

/// The member results of rule `ri`: they are contiguous, recorded in rule order.
fn range_of(members: &[MemberResult], ri: usize) -> std::ops::Range<usize> {
    let lo = members.partition_point(|m| usize::from(m.rule) < ri);
    let hi = members.partition_point(|m| usize::from(m.rule) <= ri);
    lo..hi
}

/// Recomputes a person-level rule's household outcome and amount after some members were excluded.
fn recompute(results: &mut [RuleResult], members: &[MemberResult], rule: usize, by: RuleId) {
    let mine = &members[range_of(members, rule)];
    let outcome = combine_members(mine.iter().map(|m| m.outcome));
    let mut total: Option<Amount> = None;
    for m in mine {
        if matches!(m.outcome, Outcome::Eligible | Outcome::Refer)
            && let Some(a) = m.amount
        {
            total = Some(match total {
                Some(t) if t.period == a.period => Amount {
                    value: t.value + a.value,
                    ..t
                },
                Some(t) => t,
                None => a,
            });
        }
    }
    let r = &mut results[rule];
    r.outcome = outcome;
    r.amount = if outcome == Outcome::Undetermined {
        None
    } else {
        total
    };
    if outcome == Outcome::Ineligible {
        r.superseded_by = Some(by);
    }
}
