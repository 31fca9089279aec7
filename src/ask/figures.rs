//! Which of a sentence's figures answers the question. Plans state several figures in one
//! sentence, each for its own subject (「高压25个工作日、低压小微企业5个工作日」; 「500万元及以下
//! …不超过1%,500万元以上…不超过1.5%」; 「有外线工程和无外线工程的…分别不超过40个和11个工作日」),
//! and figures of several types (an amount, a rate, a date). A figure is bound to its subject —
//! its clause, its item of an enumeration, or its place in a 「分别」 list — and a figure of the
//! type the question asks for whose subject covers most of the question answers. Pure: byte
//! ranges into the sentence given.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::corpus::normalize::chinese_number;
use crate::question::rules::{Side, RULES};
use crate::question::values::is_figure;
use crate::search::vocabulary::written_quantities;

/// Characters that end a clause (after NFKC: full-width ,;: are ASCII).
pub(crate) const CLAUSE_STOPS: &[char] = &[',', ';', ':', '。', '!', '?', '\n'];
/// The separator of an enumeration's items.
const ENUMERATION: char = '、';
/// The word of a respective statement: 「A和B分别为X和Y」 binds X to A and Y to B.
const RESPECTIVELY: &str = "分别";

/// Numbers, Arabic or Chinese.
static NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d+(?:\.\d+)?|[一二三四五六七八九十两]+").expect("number"));
/// Most characters a clause may hold besides its figure for the figure to head the clauses
/// after it (「6月底前,」「2022年起,」).
const HEADING_EXTRA_CHARS: usize = 2;

/// When `figure` is its clause alone (a few characters besides: 「6月底前」), the clauses after it
/// up to (not including) the next one with a figure or the end of the sentence: what the plan
/// does by then. `None` for a figure inside a clause that says more.
fn heading_reach(
    sentence: &str,
    figure: &Range<usize>,
    clause: &Range<usize>,
    figures: &[Range<usize>],
) -> Option<Range<usize>> {
    let extra = sentence[clause.clone()].chars().count() - sentence[figure.clone()].chars().count();
    // It heads what follows when a comma follows it; after a colon it is a label's value
    // (「办理时限:3个工作日」).
    let labelled = sentence[..clause.start].ends_with(':');
    if extra > HEADING_EXTRA_CHARS || labelled || !sentence[clause.end..].starts_with(',') {
        return None;
    }
    let start = clause.end
        + sentence[clause.end..]
            .chars()
            .next()
            .map_or(1, char::len_utf8);
    let mut end = start;
    while end < sentence.len() {
        let next = self::clause(sentence, &(end..end));
        let has_figure = sentence[next.clone()].chars().any(|c| c.is_ascii_digit())
            || figures
                .iter()
                .any(|f| next.start <= f.start && f.end <= next.end);
        if has_figure && end > start {
            break;
        }
        end = next.end;
        if sentence[end..].starts_with(['。', '!', '?', '\n']) || end >= sentence.len() {
            break;
        }
        end += sentence[end..].chars().next().map_or(1, char::len_utf8);
    }
    let end = end.min(sentence.len());
    (end > start).then(|| start..sentence[..end].trim_end_matches(CLAUSE_STOPS).len())
}

/// Words joining the subjects of a respective statement.
/// 或 too: 「从土地出让手续或划拨手续办理完毕…分别不超过15个工作日、30个工作日」 states one figure
/// for each of the alternatives.
static JOINS: LazyLock<Regex> = LazyLock::new(|| Regex::new("和|与|及|、|或").expect("joins"));

/// The clause stops, as a separator of the clauses before a respective statement.
static STOPS_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new("[,;:]").expect("stops"));

/// The subject of `figure` in a respective statement whose 「分别」 stands at byte `at` of
/// `sentence`: the numbers after 分别 (a number alone in brackets, 「4(3)个」, is another reading
/// of the one before, no place of its own) are bound in order to the subjects before it, read
/// first in the clause of 分别 (「高压、低压客户分别…」), else in the figure-less clauses before it
/// too (「对认定为国家级、省级…企业的,分别给予50万元、20万元」, 「从土地出让手续或划拨手续办理
/// 完毕…为止,政府审批时间分别不超过15个工作日、30个工作日」), else as those clauses themselves
/// (「城乡居民最低生活保障标准逐年提高,城乡特困人员基本生活标准年均分别提高5%、7.5%」). A list of
/// numbers twice as long as its subjects is the same list stated twice (「签证、居留许可分别由7个、
/// 15个工作日缩短至3个、5个工作日」). 分别 after a single subject means each (「由双方分别按扣除标准的
/// 50%扣除」): no list, `None`. The subject bound is trimmed of what the list's items share
/// ([`item_core`]).
fn respective_subject(
    sentence: &str,
    figure: &Range<usize>,
    figures: &[Range<usize>],
    at: usize,
) -> Option<Range<usize>> {
    respective_parts(sentence, figure, figures, at).map(|(subject, _)| subject)
}

/// [`respective_subject`] with the words after the list's last item that every item shares
/// (「省、市级制造业创新中心」: 制造业创新中心 is said of 省 as of 市级; 「高压、低压客户」: 客户 of
/// 高压): for an item before the last, the last item's words after its first word, when it has
/// more than one. `None` for the last item, which writes them itself.
fn respective_parts(
    sentence: &str,
    figure: &Range<usize>,
    figures: &[Range<usize>],
    at: usize,
) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let own = clause(sentence, figure);
    let after = at + RESPECTIVELY.len();
    let numbers: Vec<Range<usize>> = NUMBER
        .find_iter(&sentence[after..own.end])
        .map(|m| after + m.start()..after + m.end())
        .filter(|n| !(sentence[..n.start].ends_with('(') && sentence[n.end..].starts_with(')')))
        .collect();
    let index = numbers
        .iter()
        .rposition(|n| n.start >= figure.start && n.end <= figure.end)?;
    let reach = reach(sentence, figure, figures);
    let before_list = |from: usize, separator: &Regex| -> Vec<Range<usize>> {
        split_at(&sentence[from..at], separator)
            .into_iter()
            .map(|r| from + r.start..from + r.end)
            .collect()
    };
    let fits =
        |subjects: &[Range<usize>]| subjects.len() >= 2 && numbers.len() % subjects.len() == 0;
    // (subjects, whether they are the items of one phrase)
    let mut lists = vec![(before_list(own.start, &JOINS), true)];
    if reach.start < own.start {
        lists.push((before_list(reach.start, &JOINS), true));
        let clauses = before_list(reach.start, &STOPS_RE);
        if clauses.len() >= numbers.len() && numbers.len() >= 2 {
            lists.push((clauses[clauses.len() - numbers.len()..].to_vec(), false));
        }
    }
    let (subjects, items) = lists.into_iter().find(|(s, _)| fits(s))?;
    let i = index % subjects.len();
    Some(if items {
        let last = &subjects[subjects.len() - 1];
        let core = item_core(sentence, &subjects, i);
        // The last item's own words are its core (「低压客户」 → 低压); what follows is shared.
        let last_core = item_core(sentence, &subjects, subjects.len() - 1);
        let shared = if last_core.end < last.end {
            Some(last_core.end..last.end)
        } else {
            shared_tail(sentence, last)
        };
        let tail = if i + 1 < subjects.len() {
            shared
        } else {
            // The last item keeps its whole words: its core with what it shares.
            shared.filter(|t| t.start >= core.end)
        };
        (core, tail)
    } else {
        (subjects[i].clone(), None)
    })
}

/// The words of a list's last item after its first word (「市级制造业创新中心」 → 制造业创新中心),
/// which the items before it share; `None` for an item of one word.
fn shared_tail(sentence: &str, last: &Range<usize>) -> Option<Range<usize>> {
    let text = sentence[last.clone()].trim_end();
    let words = crate::index::analyzer::JIEBA_DICT.cut(text, false);
    let first = words.first()?;
    (words.len() > 1 && first.word.len() < text.len())
        .then(|| last.start + first.word.len()..last.start + text.len())
}

/// The words besides its subject that a figure's case is written with: the words after the
/// last item of a respective list that every item shares ([`respective_parts`]). Read with
/// [`subject`].
pub fn shared_words(
    sentence: &str,
    figure: &Range<usize>,
    figures: &[Range<usize>],
) -> Option<Range<usize>> {
    let clause = clause(sentence, figure);
    if heading_reach(sentence, figure, &clause, figures).is_some() {
        return None;
    }
    let text = &sentence[clause.clone()];
    let local = figure.start - clause.start;
    let at = text[..local].find(RESPECTIVELY)?;
    respective_parts(sentence, figure, figures, clause.start + at).and_then(|(_, tail)| tail)
}

/// Item `i` of a list of subjects without what the items share. Chinese writes the words all
/// items share once, before the first (「平均压减许可环节、申报材料、审批时限分别为60%、70%、60%」:
/// 平均压减 is said of all three) or after the last (「高压、低压客户」, 「国家级、省级专精特新企业」,
/// 「有电力外线工程和无电力外线工程的业务办理时间」): the first item is its words as long as the
/// others' (whole words), the last ends where it writes the last character of the first
/// (压 of 高压, 级 of 国家级, 程 of 外线工程); a middle item is its own.
fn item_core(sentence: &str, subjects: &[Range<usize>], i: usize) -> Range<usize> {
    let last = subjects.len() - 1;
    let chars = |r: &Range<usize>| sentence[r.clone()].chars().count();
    let tail_trimmed = |r: &Range<usize>| -> Range<usize> {
        let first = sentence[subjects[0].clone()].trim_end();
        let Some(c) = first.chars().next_back() else {
            return r.clone();
        };
        match sentence[r.clone()].find(c) {
            Some(p) => r.start..r.start + p + c.len_utf8(),
            None => r.clone(),
        }
    };
    if i == last {
        return tail_trimmed(&subjects[last]);
    }
    if i > 0 {
        return subjects[i].clone();
    }
    let others = subjects[1..last]
        .iter()
        .map(chars)
        .chain(std::iter::once(chars(&tail_trimmed(&subjects[last]))))
        .max()
        .unwrap_or(0);
    let first = subjects[0].clone();
    let mut start = first.end;
    for word in crate::index::analyzer::JIEBA_DICT
        .cut(&sentence[first.clone()], false)
        .iter()
        .rev()
    {
        if sentence[start..first.end].chars().count() >= others {
            break;
        }
        start -= word.word.len();
    }
    start.max(first.start)..first.end
}

/// The subject's reach: the clause of `figure` with the clauses before it that hold no figure
/// (no digit, none of `figures`: the sentence's values, 即时办结 too)
/// (「压缩政府采购合同签订时间,原则上由30个工作日缩短至10个工作日」: the first clause is what the
/// figure of the second is about), back to the previous clause with a figure.
pub fn reach(sentence: &str, figure: &Range<usize>, figures: &[Range<usize>]) -> Range<usize> {
    let own = clause(sentence, figure);
    let mut start = own.start;
    // `start` follows a stop (or is 0): the clause before ends at that stop.
    while let Some((stop, _)) = sentence[..start].char_indices().next_back() {
        let before = clause(sentence, &(stop..stop));
        let has_figure = sentence[before.clone()].chars().any(|c| c.is_ascii_digit())
            || figures
                .iter()
                .any(|f| before.start <= f.start && f.end <= before.end);
        if before.start >= start {
            break;
        }
        if has_figure {
            break;
        }
        start = before.start;
    }
    start..own.end
}

/// Whether `clause` of `sentence` is a condition: closed by 的 and a comma (「…不满五百元的,」),
/// the case a rule states what follows for.
fn is_condition(sentence: &str, clause: &Range<usize>) -> bool {
    sentence[clause.clone()].ends_with(NOMINALISER) && sentence[clause.end..].starts_with(',')
}

/// Whether `question` gives a quantity of its own (两三百块, 一百多块钱, 三成): it tells its case
/// by it.
pub fn gives_amount(question: &str) -> bool {
    !amounts(question).is_empty()
}

/// The condition a sentence opens with when it states one by figures (「(二)个人参赌在一百元以上
/// 不满五百元的,处以五百元以上一千元以下罚款」): its first clause, closed by 的 and a comma, with
/// a figure of `figures` after it (what the case gets). Rules tell cases apart so; a question
/// giving its case by a quantity the condition's range holds (赌了两三百块) asks the figure
/// after it, never the condition's bounds.
pub fn opening_condition(sentence: &str, figures: &[Range<usize>]) -> Option<Range<usize>> {
    let first = clause(sentence, &(0..0));
    (is_condition(sentence, &first) && figures.iter().any(|f| f.start >= first.end))
        .then_some(first)
}

/// The clause of `sentence` holding byte range `figure`. A bracket stating a figure of its
/// own (「…达到企业现有在职职工人数25%(超过100人的企业达到15%)」, 「价格扣除10%(工程项目5%)」) is a
/// clause apart: plans put another case's figure in brackets after the rule's, and the case
/// named inside is that figure's alone. A bracket without a figure (「500万元(含)以下」,
/// 「(不含工程设计和施工时间)」) stays inside its clause.
pub fn clause(sentence: &str, figure: &Range<usize>) -> Range<usize> {
    let brackets = figured_brackets(sentence);
    let is_stop = |at: usize, c: char| CLAUSE_STOPS.contains(&c) || brackets.contains(&at);
    let start = sentence[..figure.start]
        .char_indices()
        .rev()
        .find(|&(at, c)| is_stop(at, c))
        .map_or(0, |(at, c)| at + c.len_utf8());
    let end = sentence[figure.end..]
        .char_indices()
        .find(|&(at, c)| is_stop(figure.end + at, c))
        .map_or(sentence.len(), |(at, _)| figure.end + at);
    start..end
}

/// The brackets opening and closing it.
const BRACKETS: (char, char) = ('(', ')');

/// The byte offsets of the brackets (opening and closing, after NFKC) of `sentence` that
/// enclose a figure and words (a case and its figure): what [`clause`] cuts at besides its
/// stops.
fn figured_brackets(sentence: &str) -> Vec<usize> {
    let mut found = Vec::new();
    let mut open: Option<usize> = None;
    for (at, c) in sentence.char_indices() {
        if c == BRACKETS.0 {
            open = Some(at);
        } else if c == BRACKETS.1 {
            if let Some(start) = open.take() {
                // A number alone in brackets (「4(3)个」) is another reading of the figure, no case.
                let inside = &sentence[start..at];
                if inside.chars().any(|c| c.is_ascii_digit())
                    && inside.chars().any(crate::index::analyzer::is_cjk)
                {
                    found.extend([start, at]);
                }
            }
        }
    }
    found
}

/// What figure `figure` of `sentence` is about: in a respective statement the subject at its
/// place in the list (「有外线工程和无外线工程的…分别不超过40个和11个工作日」: 11 → 无外线工程);
/// in an enumeration whose items carry figures of their own (「19类业务即时办结、3类复杂业务3个
/// 工作日内办结」) its item; a figure that is its clause alone, as a plan heads what it will do
/// by when (「4月底前,印发…清单,6月底前,发布首批…清单」), the clauses after it up to the next
/// figure; otherwise its clause, with the figure-less clauses before it. `figures` are all the
/// values of the sentence.
pub fn subject(sentence: &str, figure: &Range<usize>, figures: &[Range<usize>]) -> Range<usize> {
    let clause = clause(sentence, figure);
    if let Some(after) = heading_reach(sentence, figure, &clause, figures) {
        return after;
    }
    let text = &sentence[clause.clone()];
    let local = figure.start - clause.start..figure.end - clause.start;
    if let Some(at) = text[..local.start].find(RESPECTIVELY) {
        if let Some(s) = respective_subject(sentence, figure, figures, clause.start + at) {
            return s;
        }
    }
    let items: Vec<Range<usize>> = split_at(text, &ENUMERATION_RE);
    let with_figures = items
        .iter()
        .filter(|r| text[(*r).clone()].chars().any(|c| c.is_ascii_digit()))
        .count();
    if with_figures >= 2 {
        if let Some(item) = items
            .iter()
            .find(|r| r.start <= local.start && local.end <= r.end)
        {
            // What follows the last item's figure is said of every item (「按照每名高级工1000元、
            // 技师2000元、高级技师5000元的标准给予企业一次性补贴」: each grade's sum is the standard
            // of the grant), not of the last one alone: that item ends at its figure.
            let end = if items.last() == Some(item) {
                local.end
            } else {
                item.end
            };
            return clause.start + item.start..clause.start + end;
        }
    }
    let reach = reach(sentence, figure, figures);
    // A part of what the clause before counts (「…比例不低于30%,其中,预留给小型和微型企业的比例
    // 不低于60%」) is said of that clause's subject narrowed by its own.
    let subset = RULES
        .subsets
        .iter()
        .any(|w| sentence[reach.clone()].starts_with(w.as_str()));
    let counted = figures
        .iter()
        .filter(|f| f.end <= reach.start)
        .max_by_key(|f| f.end);
    match counted {
        Some(whole) if subset => self::reach(sentence, whole, figures).start..reach.end,
        _ => match previous_clause(sentence, &clause) {
            Some(before)
                if reach.start == clause.start && is_elliptical(sentence, figure, &clause) =>
            {
                before.start..reach.end
            }
            _ => reach,
        },
    }
}

/// The case a sentence opens with, when its first clause is one (「省外放射性同位素转移到本省
/// 使用的,应当在…前十日内…备案,使用活动结束后二十日内办理备案注销手续」): a clause closed by
/// 的 stating no figure. Laws open an article with the case they rule on, and every clause
/// after it is said of that case, so each figure's subject holds it, not only the first's
/// (whose clauses reach back to it, [`reach`]).
pub fn opening_case(sentence: &str, figures: &[Range<usize>]) -> Option<Range<usize>> {
    let first = clause(sentence, &(0..0));
    let text = &sentence[first.clone()];
    let closed = text.ends_with(NOMINALISER) && sentence[first.end..].starts_with(',');
    let has_figure =
        text.chars().any(|c| c.is_ascii_digit()) || figures.iter().any(|f| f.start < first.end);
    if closed && !has_figure {
        return Some(first);
    }
    lead_in(sentence, figures)
}

/// The words a sentence opens a list with, up to its colon (「新批准宅基地的面积按照以下标准执行:
/// 平原地区…八十平方米,丘陵地区…一百二十平方米」), when they state no figure: what every item
/// after the colon is said of.
fn lead_in(sentence: &str, figures: &[Range<usize>]) -> Option<Range<usize>> {
    let colon = sentence.find(':')?;
    let text = &sentence[..colon];
    let has_figure =
        text.chars().any(|c| c.is_ascii_digit()) || figures.iter().any(|f| f.start < colon);
    (!has_figure && !text.trim().is_empty()).then_some(0..colon)
}

/// Whether `figure` qualifies the subject of a duty rather than bounding the duty: it stands in
/// the sentence's first clause, which goes on after it to a noun through 的 (「每年12月31日前年满
/// 18岁的男性公民」) and is followed by a clause opening with a modal verb (「,应当于当年9月30日
/// 前…进行兵役登记」). Such a date or span says who must act, not by when: a law writes the
/// duty's own limit after the modal.
pub fn qualifies_duty_subject(sentence: &str, figure: &Range<usize>) -> bool {
    let clause = clause(sentence, figure);
    if clause.start != 0 {
        return false;
    }
    let after = &sentence[figure.end..clause.end];
    let qualifies = after
        .rfind(NOMINALISER)
        .is_some_and(|at| at + NOMINALISER.len_utf8() < after.len());
    let next = sentence[clause.end..]
        .strip_prefix(',')
        .unwrap_or_default()
        .trim_start();
    let parties = &RULES.parties;
    qualifies
        && parties.modals.iter().any(|m| next.starts_with(m.as_str()))
        && !parties
            .not_modals
            .iter()
            .any(|m| next.starts_with(m.as_str()))
}

/// Most characters before its figure a clause may hold to be a bare contrast, and one less
/// than may follow it (「低压3个工作日」 after 「实现高压办电20个工作日」, 「二审3个月」 after
/// 「一审6个月」).
const CONTRAST_CHARS: usize = 3;
/// Most characters of a clause's opening condition (「有外线工程的」).
const CONDITION_CHARS: usize = 10;
/// The particle closing a condition that stands for its subject (「有外线工程的简化为…」).
const NOMINALISER: char = '的';

/// Whether the clause of `figure` leaves out what the clause before says (a plan states a
/// series of figures for one topic in parallel clauses and names the topic once): the clause
/// is a bare contrast before its figure (「实现高压办电20个工作日,低压3个工作日」: 低压 办电), or
/// opens with a single condition standing for its subject, followed by its predicate
/// (「用气报装流程具备直接接通的简化为2个环节,有外线工程的简化为3个环节」: 用气报装 with 外线工程).
/// Such a figure's subject is its clause with the one before it.
fn is_elliptical(sentence: &str, figure: &Range<usize>, clause: &Range<usize>) -> bool {
    let before = &sentence[clause.start..figure.start];
    let chars = before.chars().count();
    // A contrast is the figure with at most its subject's word and little after (「低压3个工作
    // 日」, 「二审3个月内审结」, 「,3个工作日内」); a clause going on after its figure says what is
    // done by then or counts a new thing (「11月底扩大到10个行业」).
    let after = sentence[figure.end..clause.end].chars().count();
    if chars <= CONTRAST_CHARS {
        return after <= CONTRAST_CHARS + 1;
    }
    let mut conditions = before.match_indices(NOMINALISER);
    match (conditions.next(), conditions.next()) {
        (Some((at, _)), None) => before[..at].chars().count() <= CONDITION_CHARS && at > 0,
        _ => false,
    }
}

/// The clause before `clause` in `sentence`, when one stands before it in the same sentence
/// and states a figure (a digit).
fn previous_clause(sentence: &str, clause: &Range<usize>) -> Option<Range<usize>> {
    let (stop, c) = sentence[..clause.start].char_indices().next_back()?;
    // A bracket's case is its own (「25%(超过100人的企业达到15%)」): it leaves out nothing.
    if ['。', '!', '?', '\n', BRACKETS.0].contains(&c) {
        return None;
    }
    let before = self::clause(sentence, &(stop..stop));
    (before.start < clause.start && sentence[before.clone()].chars().any(|c| c.is_ascii_digit()))
        .then_some(before)
}

static ENUMERATION_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&regex::escape(&ENUMERATION.to_string())).expect("enumeration"));

/// The pieces of `text` between the matches of `separator`, as byte ranges.
fn split_at(text: &str, separator: &Regex) -> Vec<Range<usize>> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for m in separator.find_iter(text) {
        pieces.push(start..m.start());
        start = m.end();
    }
    pieces.push(start..text.len());
    pieces
}

/// Whether `figure` of `sentence` is an earlier figure that the clause replaces: followed in
/// its clause by a verb of change and another figure (「由3000元降至1800元」「由45天压缩到20天」:
/// 3000元 and 45天 were, 1800元 and 20天 are).
pub fn is_replaced(sentence: &str, figure: &Range<usize>) -> bool {
    let clause = clause(sentence, figure);
    let rest = &sentence[figure.end..clause.end];
    RULES.count.reductions.iter().any(|verb| {
        rest.find(verb.as_str())
            .is_some_and(|at| rest[at..].chars().any(|c| c.is_ascii_digit()))
    })
}

/// Whether the question states the figure's number itself (「户籍人口不到100万的城市每月扣多少」:
/// 100万 is which cities it asks about): a figure the question gives is its condition, never
/// its answer. Numbers of one digit (一, 1) are too common to tell.
pub fn is_given(question: &str, figure: &str) -> bool {
    let asked: Vec<&str> = NUMBER.find_iter(question).map(|m| m.as_str()).collect();
    NUMBER
        .find_iter(figure)
        .map(|m| m.as_str())
        .filter(|n| n.chars().count() >= 2)
        .any(|n| asked.contains(&n))
}

/// Whether every number of `clause` (two digits or more, one at least) is stated by the
/// question: a condition it asks about (「市辖区户籍人口不超过100万的城市」), no figure of its own.
pub fn only_given(question: &str, clause: &str) -> bool {
    let numbers: Vec<&str> = NUMBER
        .find_iter(clause)
        .filter(|m| !is_named(clause, m.range()))
        .map(|m| m.as_str())
        .collect();
    let asked: Vec<&str> = NUMBER.find_iter(question).map(|m| m.as_str()).collect();
    !numbers.is_empty()
        && numbers.iter().any(|n| n.chars().count() >= 2)
        && numbers.iter().all(|n| asked.contains(n))
}

/// How well the case `subject` (a figure's subject) states matches the one the question gives
/// by a number (「到2023年压缩到多少」, 「户籍人口不到100万的城市」): 0 when the subject states
/// none of the question's numbers (two digits or more); [`GIVEN_CASE`] when it states one and
/// neither writes a side for it, or one of them only; twice that when both state it on the same side
/// (不到100万 and 不超过100万); 0 when on opposite sides (超过100万): that is the other case.
pub fn given_case(question: &str, subject: &str) -> f32 {
    let comparisons = &RULES.comparisons;
    let mut best = 0.0f32;
    for number in NUMBER
        .find_iter(question)
        .map(|m| m.as_str())
        .filter(|n| n.chars().count() >= 2)
    {
        if comparisons.side(subject, number).is_none() && !states(subject, number) {
            continue;
        }
        // A number the text quotes is a name (「“1212”企业诉求快速响应机制」), no case.
        if quotes(subject, number) {
            continue;
        }
        let score = match (
            comparisons.side(question, number),
            comparisons.side(subject, number),
        ) {
            (Some(asked), Some(written)) if asked == written => 2.0 * GIVEN_CASE,
            (Some(_), Some(_)) => 0.0,
            _ => GIVEN_CASE,
        };
        best = best.max(score);
    }
    // A quantity inside the range a subject states (超出计划三成: 超出计划量百分之二十至百分之
    // 五十的部分) gives that case, written in either unit.
    if holds_amount(question, subject) {
        best = best.max(GIVEN_CASE);
    }
    // A count with its unit (两家 → 2家, 3个环节) tells the case as surely, one digit too.
    if written_quantities(question)
        .iter()
        .any(|quantity| states(subject, quantity))
    {
        best = best.max(GIVEN_CASE);
    }
    best
}

/// An amount written in a text: its value counted in its common unit (三成 → 30 %, 5万元 →
/// 50000 元; `scales` of `[comparisons]`) and where it is written, number and unit whole.
struct Amount {
    value: f64,
    unit: String,
    range: Range<usize>,
}

/// Numbers an amount is written with: digits, or a Chinese numeral (二十, 两, 一百).
static AMOUNT_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d+(?:\.\d+)?|[零一二两三四五六七八九十百]+").expect("amount"));

/// The amounts `text` writes with a unit of `scales`, or after 百分之, in the order written.
fn amounts(text: &str) -> Vec<Amount> {
    let rules = &RULES.comparisons;
    let mut out = Vec::new();
    for m in AMOUNT_NUMBER.find_iter(text) {
        let written = m.as_str();
        let value = if written.starts_with(|c: char| c.is_ascii_digit()) {
            match written.parse::<f64>() {
                Ok(v) => v,
                Err(_) => continue,
            }
        } else {
            f64::from(chinese_number(&written.replace('两', "二")))
        };
        let before = &text[..m.start()];
        if let Some(w) = rules
            .percent_before
            .iter()
            .find(|w| before.ends_with(w.as_str()))
        {
            out.push(Amount {
                value,
                unit: "%".to_string(),
                range: m.start() - w.len()..m.end(),
            });
            continue;
        }
        // 「一百多块」: a round number and 多 before the unit is more than the number, less
        // than the next step of its lowest place (一百多 is between 100 and 200): read as the
        // middle, so it falls inside the range above the round number, not on its bound.
        let (value, approx) = match text[m.end()..].strip_prefix(MORE_THAN) {
            Some(_) => (value + lowest_place(written) / 2.0, MORE_THAN.len()),
            None => (value, 0),
        };
        let rest = &text[m.end() + approx..];
        if let Some(scale) = rules
            .scales
            .iter()
            .filter(|s| rest.starts_with(s.written.as_str()))
            .max_by_key(|s| s.written.len())
        {
            out.push(Amount {
                value: value * scale.times,
                unit: scale.unit.clone(),
                range: m.start()..m.end() + approx + scale.written.len(),
            });
        }
    }
    out
}

/// What a speaker writes after a round number to say a little more (一百多块, 十多天).
const MORE_THAN: &str = "多";

/// The value of the lowest place a number is written to (一百 → 100, 三十 → 10, 250 → 10,
/// 7 → 1): the step 多 after it stays within.
fn lowest_place(written: &str) -> f64 {
    if written.starts_with(|c: char| c.is_ascii_digit()) {
        let digits = written.split('.').next().unwrap_or(written);
        let zeros = digits.chars().rev().take_while(|&c| c == '0').count();
        return 10f64.powi(zeros.min(digits.len().saturating_sub(1)) as i32);
    }
    match written.chars().last() {
        Some('十') => 10.0,
        Some('百') => 100.0,
        Some('千') => 1000.0,
        Some('万') => 10000.0,
        _ => 1.0,
    }
}

/// Most characters between the two bounds of a span written with a side word each
/// (「一百元以上不满五百元」: 以上不满).
const SPAN_GAP_CHARS: usize = 4;

/// The ranges `text` states a case by, each as its unit and its bounds: a span between two
/// amounts of one unit (百分之二十至百分之五十), or one amount and its side (超过5万元,
/// 百分之二十以下, 3个月以上). Bounds are inclusive: which side a boundary falls on is not read.
fn ranges(text: &str) -> Vec<(String, f64, f64)> {
    let rules = &RULES.comparisons;
    let found = amounts(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < found.len() {
        let a = &found[i];
        if let Some(b) = found.get(i + 1) {
            let between = &text[a.range.end..b.range.start];
            if a.unit == b.unit && rules.range_joins.iter().any(|j| j == between) {
                out.push((a.unit.clone(), a.value.min(b.value), a.value.max(b.value)));
                i += 2;
                continue;
            }
        }
        let side = rules.side_at(text, &a.range);
        // A lower bound and an upper bound written one after the other, each with its side
        // word (「个人参赌在一百元以上不满五百元的」「十元以上五十元以下」), are one span: a case
        // between them, not two open ranges each holding the other cases too.
        if let (Some(Side::Above), Some(b)) = (side, found.get(i + 1)) {
            let between = &text[a.range.end..b.range.start];
            if a.unit == b.unit
                && between.chars().count() <= SPAN_GAP_CHARS
                && !between.contains(CLAUSE_STOPS)
                && rules.side_at(text, &b.range) == Some(Side::Below)
            {
                out.push((a.unit.clone(), a.value, b.value));
                i += 2;
                continue;
            }
        }
        match side {
            Some(Side::Below) => out.push((a.unit.clone(), f64::NEG_INFINITY, a.value)),
            Some(Side::Above) => out.push((a.unit.clone(), a.value, f64::INFINITY)),
            None => {}
        }
        i += 1;
    }
    out
}

/// Whether `subject` states a range that holds an amount the question gives, in the same
/// unit (「超出计划三成」 and 「超出计划量百分之二十至百分之五十的部分」; not 「…百分之二十以下
/// 的部分」): rules tell cases apart by ranges of a quantity, and the asker gives the quantity
/// of their own case, seldom a bound.
fn holds_amount(question: &str, subject: &str) -> bool {
    let asked = amounts(question);
    if asked.is_empty() {
        return false;
    }
    ranges(subject).iter().any(|(unit, low, high)| {
        asked
            .iter()
            .any(|a| &a.unit == unit && *low <= a.value && a.value <= *high)
    })
}

/// The side of a threshold `figure` (a range of `sentence`) is stated on within its clause
/// (不超过15个工作日, 在80000元限额内: below; 超过15000元的部分: above), read at its first number.
pub fn side_of(sentence: &str, figure: &Range<usize>) -> Option<Side> {
    let (text, number) = figure_in_clause(sentence, figure)?;
    RULES.comparisons.side(text, number)
}

/// The side of the limit `figure` (a range of `sentence`) sets, when a comparison is written
/// right before its number (「简易低风险项目不超过15个工作日」: below, a ceiling). A side word
/// written after the number sets none: 「500万元及以下小微企业」 is a case's threshold, 「一般应当
/// 在10日内结案」 the usual span.
///
/// A figure of a list of figures shares the comparison written before the first (「政府审批时间
/// 分别不超过15个工作日、30个工作日」: 30个工作日 is a ceiling too).
pub fn limit_set(sentence: &str, figure: &Range<usize>) -> Option<Side> {
    let number = NUMBER.find(&sentence[figure.clone()])?;
    let at = figure.start + number.start();
    RULES.comparisons.side_before(&sentence[..at]).or_else(|| {
        let separator = sentence[..at]
            .chars()
            .next_back()
            .filter(|c| LIST_JOINS.contains(*c))?;
        let item_end = at - separator.len_utf8();
        let previous = NUMBER.find_iter(&sentence[..item_end]).last()?;
        let unit = &sentence[previous.end()..item_end];
        let is_unit = unit.chars().count() <= MAX_UNIT_CHARS
            && !unit.contains(CLAUSE_STOPS)
            && !unit.contains(|c: char| c.is_ascii_digit() || LIST_JOINS.contains(c));
        if is_unit {
            limit_set(sentence, &(previous.start()..item_end))
        } else {
            None
        }
    })
}

/// The words joining the figures of a list (「15个工作日、30个工作日」, 「40个和11个工作日」).
const LIST_JOINS: &str = "、和及与或";
/// Most characters of a figure's unit (个工作日, 万元, %).
const MAX_UNIT_CHARS: usize = 5;

/// The clause of `figure` (taking in the figure whole) and the figure's first number.
fn figure_in_clause<'s>(sentence: &'s str, figure: &Range<usize>) -> Option<(&'s str, &'s str)> {
    let number = NUMBER.find(&sentence[figure.clone()])?.as_str();
    let clause = clause(sentence, figure);
    let start = clause.start.min(figure.start);
    let end = clause.end.max(figure.end);
    Some((&sentence[start..end], number))
}

/// Weight of a figure's subject stating a number the question gives: as much as the whole
/// question's words, for the number says which case is asked more surely than words the cases
/// share.
pub const GIVEN_CASE: f32 = 1.0;

/// The quotation marks a text names a thing in (「“1212”企业诉求快速响应机制」「“12345”热线」),
/// after NFKC: a number inside them is part of a name, not a figure of a case.
const QUOTES: (char, char) = ('“', '”');

/// Whether `text` writes `number` in quotation marks, as a name.
fn quotes(text: &str, number: &str) -> bool {
    text.contains(&format!("{}{number}{}", QUOTES.0, QUOTES.1))
}

/// Whether the number at `range` of `text` is quoted as a name.
fn is_named(text: &str, range: Range<usize>) -> bool {
    text[..range.start].ends_with(QUOTES.0) && text[range.end..].starts_with(QUOTES.1)
}

/// Whether `text` states `number` as a whole number (not inside a longer one: 1100 holds 100).
fn states(text: &str, number: &str) -> bool {
    text.match_indices(number).any(|(at, _)| {
        !text[..at].ends_with(|c: char| c.is_ascii_digit() || c == '.')
            && !text[at + number.len()..].starts_with(|c: char| c.is_ascii_digit())
    })
}

/// Whether a time figure is a day of a date (「12月30日」), not a duration.
pub fn is_day_of_month(sentence: &str, figure: &Range<usize>) -> bool {
    let text = &sentence[figure.clone()];
    text.ends_with('日') && sentence[..figure.start].ends_with('月')
}

/// Whether a figure is a term of a formula (「计算方法:中标药品用量/同种药品用量×100%」): written
/// right after an operator, it says how a share is computed, not how large the share is.
pub fn is_formula_term(sentence: &str, figure: &Range<usize>) -> bool {
    sentence[..figure.start]
        .chars()
        .next_back()
        .is_some_and(|c| FORMULA_OPERATORS.contains(c))
}

/// Operators of a formula written in a text (multiplication, division, as indicator tables
/// write them).
const FORMULA_OPERATORS: &str = "×÷";

/// Whether a bare duration (ending in its unit) is followed straight by a Chinese character:
/// then it qualifies a noun (「24小时自助服务大厅」「7天无理由」), it is not a time limit. A limit
/// is followed by punctuation, by the verb the value patterns take in (「5个工作日内办结」) or by
/// a word that qualifies the limit (「14小时左右」, `after_duration` in the table). A duration
/// after a word of continuance (「连续四年组织…」, `before_duration`) is how long the act after it
/// went on, whatever that act's first character.
pub fn is_attribute(sentence: &str, figure: &Range<usize>) -> bool {
    let value = &sentence[figure.clone()];
    let bare = value
        .chars()
        .last()
        .is_some_and(|c| "日天时钟月周年".contains(c));
    let rest = &sentence[figure.end..];
    let before = &sentence[..figure.start];
    let continued = RULES
        .count
        .before_duration
        .iter()
        .any(|w| before.ends_with(w.as_str()));
    bare && !continued
        && rest
            .chars()
            .next()
            .is_some_and(crate::index::analyzer::is_cjk)
        && !RULES
            .count
            .after_duration
            .iter()
            .any(|w| rest.starts_with(w.as_str()))
}

/// A number of a list whose unit is written once, after its last number (「3个、6个、12个工作日」,
/// 「40个和11个工作日」), closing the text before a value.
static ELIDED_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d+(?:\.\d+)?个?)[、和及与]$").expect("elided before"));

/// The rest of such a list after one of its numbers, up to the unit they share (the unit
/// without the classifier 个, which every number may write).
static ELIDED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[、和及与]\d+(?:\.\d+)?个?)+?个?(工作日|自然日|小时|分钟|天|日|个月|周|万元|亿元|元|%)")
        .expect("elided after")
});

/// `values` (pattern rank, byte range) with the numbers of a list that share the unit of the
/// value after them (「分别在3个、6个、12个工作日完成接入」: 3个 and 6个 are durations as 12个工作日
/// is), each with the rank of the value whose unit it shares; left to right.
pub fn with_elided(
    sentence: &str,
    values: Vec<(usize, Range<usize>)>,
) -> Vec<(usize, Range<usize>)> {
    let mut all = values.clone();
    for (rank, value) in &values {
        let mut end = value.start;
        // The value must begin with its number for the list to run on before it.
        if !sentence[value.clone()].starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        while let Some(m) = ELIDED_BEFORE
            .captures(&sentence[..end])
            .and_then(|c| c.get(1))
        {
            if all
                .iter()
                .any(|(_, r)| r.start < m.end() && m.start() < r.end)
            {
                break;
            }
            all.push((*rank, m.range()));
            end = m.start();
        }
    }
    all.sort_by_key(|(_, r)| r.start);
    all
}

/// The unit `value` shares with the list it opens or continues (「6个」 of 「3个、6个、12个工作
/// 日」: 工作日), when it is written without one.
pub fn elided_unit<'s>(sentence: &'s str, value: &Range<usize>) -> Option<&'s str> {
    if sentence[value.clone()].ends_with(|c: char| !c.is_ascii_digit() && c != '个') {
        return None;
    }
    ELIDED_AFTER
        .captures(&sentence[value.end..])
        .and_then(|c| c.get(1))
        .map(|m| m.as_str())
}

/// The whole list `value` is a number of when its numbers share one unit (「3个、6个、12个工作
/// 日」 for any of the three), `None` when it stands alone.
pub fn list_span(sentence: &str, value: &Range<usize>) -> Option<Range<usize>> {
    let mut start = value.start;
    while let Some(m) = ELIDED_BEFORE
        .captures(&sentence[..start])
        .and_then(|c| c.get(1))
    {
        start = m.start();
    }
    let end = match elided_unit(sentence, value) {
        Some(_) => value.end + ELIDED_AFTER.find(&sentence[value.end..])?.end(),
        None => value.end,
    };
    ((start..end) != *value).then_some(start..end)
}

/// Whether the figure has the type the question asks for (`None`: any type does).
pub fn fits(asked: Option<&str>, value: &str) -> bool {
    asked.is_none_or(|figure| is_figure(figure, value))
}

/// The unit a sum of money is written in.
const CURRENCY: char = '元';

/// The digits of Chinese numerals, as laws and regulations write sums (一千元, 五万元).
const CHINESE_DIGITS: &str = "一二三四五六七八九十两百千";

/// Whether `value` is a sum written with its currency (1100元, 15万元, 一千元以上三千元以下).
pub fn is_priced(value: &str) -> bool {
    value
        .chars()
        .any(|c| c.is_ascii_digit() || CHINESE_DIGITS.contains(c))
        && value.contains(CURRENCY)
}

/// Whether `value` is a number with a magnitude and no unit (100万, 3亿): a sum only when the
/// sentence writes no sum with its currency (see [`is_priced`]).
pub fn is_bare_magnitude(value: &str) -> bool {
    value.chars().any(|c| c.is_ascii_digit())
        && !value.contains(CURRENCY)
        && value.ends_with(['万', '亿'])
}

/// The bound on `side` of a figure written as a span (`value`, a figure's own text): rules set
/// a fine or a sum between two bounds (「一万元以上十万元以下」, 「3万元至5万元」), so a question
/// asking the most (最多能罚到多少: [`Side::Below`], a ceiling) is answered by the upper bound
/// and one asking the least (至少, 起码: [`Side::Above`]) by the lower. A span is two amounts
/// joined by a side word of the lower bound written after the first (`above_after`: 以上)
/// with one of the upper bound ending the second (`below_after`: 以下), or by a `range_joins`
/// word (至, 到, -). The range returned is within `value`, taking in the bound's unit and any
/// word before its number (每株); `None` when `value` is no span, or the bound asked is written
/// without its unit (20至50%: 20 alone says nothing).
pub fn span_bound(value: &str, side: Side) -> Option<Range<usize>> {
    let rules = &RULES.comparisons;
    let has_number = |t: &str| {
        t.chars()
            .any(|c| c.is_ascii_digit() || CHINESE_DIGITS.contains(c))
    };
    let upper_end = |from: usize| -> usize {
        rules
            .below_after
            .iter()
            .filter(|w| value[from..].ends_with(w.as_str()))
            .map(|w| value.len() - w.len())
            .min()
            .unwrap_or(value.len())
    };
    let mut middles: Vec<(usize, usize, bool)> = Vec::new();
    for (words, closed) in [(&rules.above_after, true), (&rules.range_joins, false)] {
        for w in words {
            for (at, _) in value.match_indices(w.as_str()) {
                middles.push((at, at + w.len(), closed));
            }
        }
    }
    // The longest middle word at its place (及以上 before 以上).
    middles.sort_by_key(|&(at, end, _)| (at, std::cmp::Reverse(end)));
    let (at, after, closed) = middles
        .into_iter()
        .find(|&(at, after, _)| has_number(&value[..at]) && has_number(&value[after..]))?;
    let end = upper_end(after);
    // 以上 needs the upper bound's own side word (以下) to make a span: 「三千元以上」 alone is a
    // threshold.
    if closed && end == value.len() {
        return None;
    }
    let bound = match side {
        Side::Above => 0..at,
        Side::Below => after..end,
    };
    let text = &value[bound.clone()];
    let unit_written = text
        .chars()
        .any(|c| !(c.is_ascii_digit() || c == '.' || CHINESE_DIGITS.contains(c) || c == '万'));
    (has_number(text) && unit_written).then_some(bound)
}

/// The morpheme of a fee (担保费, 手续费, 保险费) and the one of its rate (担保费率).
const FEE: char = '费';
const RATE: char = '率';

/// Whether `value` is the rate of a fee the question asks about. Fees are commonly set as a
/// rate of the sum they are charged on (担保费率, 手续费率, 保险费率): a question of how much a
/// fee is (「担保费最多收多少」) is answered by that rate when the measure states the fee so
/// (「…收取的担保费率不超过1%」), not by the sum it is charged on (「担保金额500万元」). A
/// percentage whose clause names one of the question's `words` ending in 费, followed by 率.
pub fn is_rate_of_fee(words: &[String], clause: &str, value: &str) -> bool {
    is_figure("percent", value)
        && words
            .iter()
            .filter(|w| w.ends_with(FEE))
            .any(|w| clause.contains(&format!("{w}{RATE}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str, figure: &str) -> Range<usize> {
        let i = s.find(figure).unwrap();
        i..i + figure.len()
    }

    /// A sum said the spoken way (两三百块, 一百多块钱) gives its case: the item whose span
    /// (written with a side word at each bound) holds it, not the items open on one side.
    #[test]
    fn a_spoken_sum_gives_the_case_whose_span_holds_it() {
        let first = "个人参赌在三十元以上不满一百元的";
        let second = "个人参赌在一百元以上不满五百元的";
        let third = "个人参赌在五百元以上不满一千元的";
        for q in [
            "打牌赌钱输赢两三百块,会被罚多少",
            "赌了一百多块钱被查到会罚多少",
        ] {
            assert!(given_case(q, second) > 0.0, "{q}");
            assert_eq!(given_case(q, first), 0.0, "{q}");
            assert_eq!(given_case(q, third), 0.0, "{q}");
        }
        assert!(gives_amount("赌了一百多块"));
        assert!(!gives_amount("赌博罚多少"));
        // The condition a rule opens with, when a figure follows it.
        let s = "(二)个人参赌在一百元以上不满五百元的,处以五百元以上一千元以下罚款;";
        let figures = [at(s, "五百元以上一千元以下")];
        let c = opening_condition(s, &figures).unwrap();
        assert_eq!(&s[c], "(二)个人参赌在一百元以上不满五百元的");
        assert!(opening_condition("超过三个月未开工的,采取绿化措施。", &[]).is_none());
    }

    /// The words after a respective list's last item are said of every item: 省 with
    /// 制造业创新中心, as 市级 is.
    #[test]
    fn a_list_s_shared_words_go_with_every_item() {
        let s = "对园区内企业获准建设的省、市级制造业创新中心,分别给予200万元、50万元奖励。";
        let figures = [at(s, "200万元"), at(s, "50万元")];
        let tail = shared_words(s, &figures[0], &figures).expect("省's shared words");
        // (the list runs to 分别, its comma with it)
        assert!(s[tail].trim_end_matches(',').ends_with("制造业创新中心"));
        // The last item writes them itself.
        assert!(shared_words(s, &figures[1], &figures).is_none());
        let s = "高压、低压客户分别在15个、5个工作日内完成接入";
        let figures = [at(s, "15个"), at(s, "5个工作日内")];
        let tail = shared_words(s, &figures[0], &figures).expect("高压's shared words");
        assert_eq!(s[tail].trim_end_matches(','), "客户");
    }

    /// A date qualifying who must act is no limit of the duty written after the modal.
    #[test]
    fn a_date_qualifying_the_duty_s_subject_is_no_limit() {
        let s = "每年12月31日前年满18岁的男性公民,应当于当年9月30日前,到兵役登记站进行兵役登记。";
        assert!(qualifies_duty_subject(s, &at(s, "12月31日前")));
        assert!(!qualifies_duty_subject(s, &at(s, "9月30日前")));
        // A limit written before the modal's clause bounds the duty itself.
        let s = "用人单位自用工之日起三十日内,应当为职工办理登记。";
        assert!(!qualifies_duty_subject(s, &at(s, "三十日内")));
    }

    /// The words a list opens with before its colon are said of every item.
    #[test]
    fn a_list_s_lead_in_is_every_item_s() {
        let s = "新批准宅基地的面积按照以下标准执行:平原地区每户不得超过八十平方米,丘陵地区每户不得超过一百二十平方米。";
        let figures = [at(s, "八十平方米"), at(s, "一百二十平方米")];
        let case = opening_case(s, &figures).unwrap();
        assert_eq!(&s[case], "新批准宅基地的面积按照以下标准执行");
    }

    /// A sentence opening with a case closed by 的 says it of all its figures.
    #[test]
    fn the_opening_case_is_every_figure_s() {
        let s = "省外放射性同位素转移到本省使用的,应当在转移活动实施前十日内报备案,使用活动结束后二十日内办理备案注销手续。";
        let figures = [at(s, "十日内"), at(s, "二十日内")];
        let case = opening_case(s, &figures).unwrap();
        assert_eq!(&s[case], "省外放射性同位素转移到本省使用的");
        // A first clause stating a figure is a case of its own, no opening.
        let s = "超过三个月未开工的,采取绿化措施。";
        assert!(opening_case(s, &[at(s, "三个月")]).is_none());
        assert!(opening_case("实行备案管理,十日内办结。", &[]).is_none());
    }

    #[test]
    fn a_term_of_a_formula_is_no_figure_of_the_share() {
        let s = "计算方法:中标药品用量/同种药品用量×100%。";
        let at = s.find("100%").unwrap();
        assert!(is_formula_term(s, &(at..at + "100%".len())));
        let s = "按照年度药品总用量的60%—70%估算采购总量";
        let at = s.find("60%").unwrap();
        assert!(!is_formula_term(s, &(at..at + "60%".len())));
    }

    #[test]
    fn a_span_answers_either_side_with_its_bound() {
        let v = "一万元以上十万元以下";
        let upper = span_bound(v, Side::Below).unwrap();
        assert_eq!(&v[upper], "十万元");
        let lower = span_bound(v, Side::Above).unwrap();
        assert_eq!(&v[lower], "一万元");
        let v = "每株一千元以上一万元以下";
        assert_eq!(&v[span_bound(v, Side::Above).unwrap()], "每株一千元");
        assert_eq!(&v[span_bound(v, Side::Below).unwrap()], "一万元");
        let v = "3万元至5万元";
        assert_eq!(&v[span_bound(v, Side::Below).unwrap()], "5万元");
        // one bound only: a threshold, no span
        assert_eq!(span_bound("三千元以上", Side::Below), None);
        assert_eq!(span_bound("不超过15万元", Side::Below), None);
        // the lower bound written without its unit says nothing alone
        assert_eq!(span_bound("20至50%", Side::Above), None);
        assert_eq!(
            &"20至50%"[span_bound("20至50%", Side::Below).unwrap()],
            "50%"
        );
    }

    #[test]
    fn a_bare_magnitude_is_told_from_a_priced_sum() {
        assert!(is_priced("每月1100元"));
        assert!(is_priced("15万元"));
        assert!(is_priced("一千元以上三千元以下"));
        assert!(!is_priced("100万"));
        assert!(is_bare_magnitude("100万"));
        assert!(!is_bare_magnitude("15万元"));
        assert!(!is_bare_magnitude("免"));
    }

    #[test]
    fn a_fee_asked_is_answered_by_its_rate() {
        let words = vec!["担保费".to_owned(), "小微企业".to_owned()];
        let clause = "政府性融资担保机构对单户担保金额500万元及以下小微企业收取的担保费率不超过1%";
        assert!(is_rate_of_fee(&words, clause, "不超过1%"));
        assert!(!is_rate_of_fee(&words, clause, "500万元"));
        // A rate of something else is no fee's.
        assert!(!is_rate_of_fee(&words, "贷款利率不超过4%", "不超过4%"));
    }

    #[test]
    fn the_case_a_question_gives_by_a_number_and_its_side_binds_the_figure() {
        let q = "个税住房租金扣除 市辖区户籍人口不到100万的城市每月扣多少";
        let below = "市辖区户籍人口不超过100万的城市,扣除标准为每月800元";
        let above = "市辖区户籍人口超过100万的城市,扣除标准为每月1100元";
        assert_eq!(given_case(q, below), 2.0 * GIVEN_CASE);
        assert_eq!(given_case(q, above), 0.0);
        let q = "户籍人口超过100万的城市每月扣多少";
        assert_eq!(given_case(q, above), 2.0 * GIVEN_CASE);
        assert_eq!(given_case(q, below), 0.0);
        // a year given names the part of the plan due then
        let q = "小型社会投资项目到2023年压缩到多少个工作日";
        assert_eq!(
            given_case(q, "2023年底前,压缩至5个环节,30个工作日办结"),
            GIVEN_CASE
        );
        assert_eq!(
            given_case(q, "2022年底前,压缩至10个环节,40个工作日办结"),
            0.0
        );
        // 1100 does not state 100; a question with no number gives no case
        assert_eq!(given_case("不到100万的城市扣多少", "每月1100元"), 0.0);
        assert_eq!(given_case("租房每月扣多少", below), 0.0);
        // A count with its unit tells the case, one digit and a Chinese numeral too.
        let q = "只有两家企业入围,用什么方式采购";
        assert!(given_case(q, "入围生产企业为2家的,采取议价采购的方式;") > 0.0);
        assert_eq!(
            given_case(q, "入围生产企业在3家及以上的,采取招标采购的方式;"),
            0.0
        );
        assert_eq!(given_case(q, "入围生产企业为12家的"), 0.0);
    }

    #[test]
    fn a_quantity_the_question_gives_picks_the_item_whose_range_holds_it() {
        let q = "郑州单位用水超出计划三成,超出部分按水价的几倍收";
        let first = "(一)超出计划量百分之二十以下的部分";
        let second = "(二)超出计划量百分之二十至百分之五十的部分";
        let third = "(三)超出计划量百分之五十以上的部分";
        assert_eq!(given_case(q, first), 0.0);
        assert_eq!(given_case(q, second), GIVEN_CASE);
        assert_eq!(given_case(q, third), 0.0);
        // 六成 is above fifty per cent; a share in digits reads the same
        assert_eq!(given_case("超出计划六成怎么收", third), GIVEN_CASE);
        assert_eq!(given_case("超出计划35%怎么收", second), GIVEN_CASE);
        // ten thousand yuan written as 万元 and as 元
        let q = "货值3万元的罚多少";
        assert_eq!(given_case(q, "货值金额不足10000元的"), 0.0);
        assert_eq!(given_case(q, "货值金额10000元以上的"), GIVEN_CASE);
        // another unit holds nothing
        assert_eq!(given_case("超出计划三个月", second), 0.0);
    }

    #[test]
    fn a_figure_is_stated_as_a_limit_or_as_a_threshold_by_its_clause() {
        let s = "累计超过15000元的部分,由纳税人在办理年度汇算清缴时,在80000元限额内据实扣除";
        let at = |f: &str| {
            let i = s.find(f).unwrap();
            i..i + f.len()
        };
        assert_eq!(side_of(s, &at("15000元")), Some(Side::Above));
        assert_eq!(side_of(s, &at("80000元")), Some(Side::Below));
        assert_eq!(side_of("扣除标准为每月800元", &(18..23)), None);
    }

    #[test]
    fn a_figure_the_question_states_is_its_condition() {
        let q = "个税住房租金扣除 市辖区户籍人口不到100万的城市每月扣多少";
        assert!(is_given(q, "100万"));
        assert!(!is_given(q, "800元"));
        assert!(is_given("公告时间由45天压缩到多少天", "45天"));
        assert!(!is_given("三个工作日能办完吗", "3个工作日"));
        assert!(only_given(q, "市辖区户籍人口不超过100万的城市"));
        let q = "10千伏无外线工程办电要几个工作日";
        assert!(!only_given(
            q,
            "10千伏有电力外线工程和无电力外线工程的业务办理时间分别不超过40个和11个工作日"
        ));
    }

    #[test]
    fn the_numbers_of_a_list_share_the_unit_written_after_the_last() {
        let s = "实现自来水、燃气、暖气分别在3个、6个、12个工作日完成接入";
        let last = s.find("12个工作日").unwrap();
        let values = with_elided(s, vec![(4, last..last + "12个工作日".len())]);
        let texts: Vec<&str> = values.iter().map(|(_, r)| &s[r.clone()]).collect();
        assert_eq!(texts, ["3个", "6个", "12个工作日"]);
        assert!(values.iter().all(|(rank, _)| *rank == 4));
        // Each is bound to its place in the respective list, and answered with the unit.
        let six = &values[1].1;
        assert_eq!(&s[subject(s, six, &[])], "燃气");
        assert_eq!(elided_unit(s, six), Some("工作日"));
        assert_eq!(elided_unit(s, &values[2].1), None);
        let s = "业务办理时间分别不超过40个和11个工作日";
        let last = s.find("11个").unwrap();
        let values = with_elided(s, vec![(4, last..last + "11个工作日".len())]);
        assert_eq!(&s[values[0].1.clone()], "40个");
        // The list as a whole, from any of its numbers.
        let s = "实现自来水、燃气、暖气分别在3个、6个、12个工作日完成接入";
        let span = |f: &str| {
            let at = s.find(f).unwrap();
            list_span(s, &(at..at + f.len())).map(|r| &s[r])
        };
        assert_eq!(span("3个"), Some("3个、6个、12个工作日"));
        assert_eq!(span("12个工作日"), Some("3个、6个、12个工作日"));
        // Numbers that are not a list are no values.
        let s = "第3条规定5个工作日内办结";
        let at = s.find("5个").unwrap();
        assert_eq!(
            with_elided(s, vec![(4, at..at + "5个工作日".len())]).len(),
            1
        );
    }

    fn subject_of<'a>(sentence: &'a str, figure: &str) -> &'a str {
        let start = sentence.find(figure).expect("figure in sentence");
        &sentence[subject(sentence, &(start..start + figure.len()), &[])]
    }

    #[test]
    fn a_figure_of_a_list_shares_the_comparison_before_the_first() {
        let s = "政府审批时间分别不超过15个工作日、30个工作日(依法公示等时间不计算在内)";
        let at = |f: &str| {
            let i = s.find(f).unwrap();
            i..i + f.len()
        };
        assert_eq!(limit_set(s, &at("15个工作日")), Some(Side::Below));
        assert_eq!(limit_set(s, &at("30个工作日")), Some(Side::Below));
        // A figure after words is no item of the list before it.
        let s = "审批不超过15个工作日,备案30个工作日";
        let i = s.find("30个").unwrap();
        assert_eq!(limit_set(s, &(i..i + "30个工作日".len())), None);
    }

    #[test]
    fn a_bound_word_with_a_copula_sets_a_limit() {
        let at = |s: &str, f: &str| {
            let i = s.find(f).unwrap();
            i..i + f.len()
        };
        // Laws write a limit 最长为 as plans write 不超过: a ceiling, as 最多能领几个月 asks.
        let s = "失业保险金领取期限最长为二十四个月。";
        assert_eq!(limit_set(s, &at(s, "二十四个月")), Some(Side::Below));
        let s = "补助标准最低为20%";
        assert_eq!(limit_set(s, &at(s, "20%")), Some(Side::Above));
        // A copula alone states no side (领取期限为一个月), nor an attribute named 最高 elsewhere.
        let s = "每满一年,失业保险金领取期限为一个月";
        assert_eq!(limit_set(s, &at(s, "一个月")), None);
    }

    #[test]
    fn a_respective_list_binds_its_figures_to_the_subjects_before_it_in_order() {
        // Alternatives joined by 或, in the clause before the one of 分别.
        let s = "工业项目从土地出让手续或划拨手续办理完毕到获取施工许可证为止,政府审批时间分别不超过15个工作日、30个工作日(依法公示等时间不计算在内)。";
        assert_eq!(subject_of(s, "30个工作日"), "划拨手续");
        assert!(subject_of(s, "15个工作日").ends_with("土地出让手续"));
        // What the items share, written before the first, is no item's own.
        let s = "将20个行业60余张申请表单压减为每个行业1张申请表单,平均压减许可环节、申报材料、审批时限分别为60%、70%、60%。";
        assert_eq!(subject_of(s, "70%"), "申报材料");
        assert_eq!(subject_of(s, "60%"), "许可环节");
        // Nor what they share after the last.
        let s = "对认定为国家级、省级专精特新企业的,分别给予50万元、20万元奖励。";
        assert_eq!(subject_of(s, "20万元"), "省级");
        assert_eq!(subject_of(s, "50万元"), "国家级");
        // The subjects as the clauses before, when they are not joined.
        let s =
            "城乡居民最低生活保障标准逐年提高,城乡特困人员基本生活标准年均分别提高5%、7.5%以上。";
        assert_eq!(subject_of(s, "5%"), "城乡居民最低生活保障标准逐年提高");
        // One list of numbers stated twice, before and after a change.
        let s = "签证、居留许可分别由7个、15个工作日缩短至3个、5个工作日。";
        let at = s.rfind("5个工作日").unwrap();
        assert_eq!(
            &s[subject(s, &(at..at + "5个工作日".len()), &[])],
            "居留许可"
        );
        // 分别 after one subject means each: the clause is the subject.
        let s =
            "父母可以选择由其中一方按扣除标准的100%扣除,也可以选择由双方分别按扣除标准的50%扣除。";
        assert_eq!(
            subject_of(s, "50%"),
            "也可以选择由双方分别按扣除标准的50%扣除"
        );
    }

    #[test]
    fn a_bracket_stating_another_case_s_figure_is_a_clause_apart() {
        let s = "小微企业当年新招用人员数量达到企业现有在职职工人数25%(超过100人的企业达到15%)并与其签订1年以上劳动合同的,可申请最高不超过300万元的创业担保贷款。";
        assert_eq!(subject_of(s, "15%"), "超过100人的企业达到15%");
        assert!(
            !subject_of(s, "25%").contains("100人"),
            "{}",
            subject_of(s, "25%")
        );
        let s = "对非预留份额采购包给予小微企业价格扣除10%(工程项目5%)顶格优惠";
        assert_eq!(subject_of(s, "5%"), "工程项目5%");
        // A bracket without a figure, or a number alone in brackets, is no clause apart.
        let s = "对单户担保金额500万元(含)以下的小微企业担保费率不超过1%";
        assert!(subject_of(s, "1%").contains("500万元"));
        let s = "高、低压客户办电环节分别压减至4(3)个、3(2)个";
        let at = s.find("3(2)个").unwrap();
        assert_eq!(clause(s, &(at..at + "3(2)个".len())), 0..s.len());
    }

    #[test]
    fn a_part_of_what_the_clause_before_counts_is_said_of_its_subject_too() {
        let s = "市级部门年度采购项目预算中,专门面向中小企业的比例不低于30%,其中,预留给小型和微型企业的比例不低于60%。";
        let figure = |f: &str| {
            let at = s.find(f).unwrap();
            at..at + f.len()
        };
        let figures = [figure("30%"), figure("60%")];
        let of = |f: &str| &s[subject(s, &figure(f), &figures)];
        assert!(
            of("60%").starts_with("市级部门年度采购项目预算中"),
            "{}",
            of("60%")
        );
        assert!(of("60%").ends_with("预留给小型和微型企业的比例不低于60%"));
        // The whole is said of its own subject only.
        assert!(!of("30%").contains("小型"));
    }

    #[test]
    fn a_date_heading_its_clause_is_bound_to_the_clauses_after_it() {
        let s = "4月底前,印发全省免证明基本任务清单,6月底前,发布首批免证明事项清单,12月底前,深化省市电子证照系统纵向横向对接,实现电子证照共享调用。";
        assert_eq!(subject_of(s, "6月底前"), "发布首批免证明事项清单");
        assert_eq!(subject_of(s, "4月底前"), "印发全省免证明基本任务清单");
        assert_eq!(
            subject_of(s, "12月底前"),
            "深化省市电子证照系统纵向横向对接,实现电子证照共享调用"
        );
        // A label's value keeps its clause (a figure inside a clause that says more too: the
        // test below).
        let s = "办理时限:3个工作日,材料齐全即时办结";
        assert_eq!(subject_of(s, "3个工作日"), "办理时限:3个工作日");
    }

    #[test]
    fn a_figure_is_bound_to_its_clause_item_or_respective_subject() {
        let s = "10千伏有电力外线工程和无电力外线工程的业务办理时间分别不超过40个和11个工作日,供电侧全年平均办电时长不超过8个工作日";
        assert_eq!(subject_of(s, "11个工作日"), "无电力外线工程");
        assert_eq!(
            subject_of(s, "8个工作日"),
            "供电侧全年平均办电时长不超过8个工作日"
        );
        let s = "有19类业务实现即时办结、29类业务1个工作日内办结,3类复杂业务3个工作日内办结。";
        assert_eq!(subject_of(s, "1个工作日内办结"), "29类业务1个工作日内办结");
        let s = "高压、低压客户平均分别在30个、5个工作日内完成接电";
        assert_eq!(subject_of(s, "5个工作日"), "低压");
        assert_eq!(subject_of(s, "30个"), "高压");
        let s = "对500万元及以下的收取的担保费率不超过1%,对500万元以上的收取的担保费率不超过1.5%。";
        assert_eq!(
            subject_of(s, "1.5%"),
            "对500万元以上的收取的担保费率不超过1.5%"
        );
        // A clause that leaves out the topic shares the one before it.
        let s = "2023年底前,实现高压办电20个工作日,低压3个工作日。";
        assert_eq!(
            subject_of(s, "3个工作日"),
            "实现高压办电20个工作日,低压3个工作日"
        );
        assert_eq!(subject_of(s, "20个工作日"), "实现高压办电20个工作日");
        let s = "用气报装流程具备直接接通的简化为2个环节,有外线工程的简化为3个环节。";
        assert_eq!(subject_of(s, "3个环节"), s.trim_end_matches('。'));
        let s = "压缩政府采购合同签订时间,原则上由30个工作日缩短至10个工作日,不得拖延。";
        assert_eq!(
            subject_of(s, "10个工作日"),
            "压缩政府采购合同签订时间,原则上由30个工作日缩短至10个工作日"
        );
    }

    #[test]
    fn what_follows_an_enumeration_s_last_figure_is_no_subject_of_the_last_item() {
        let s = "按照每名高级工1000元、技师2000元、高级技师5000元的标准给予企业一次性补贴";
        assert_eq!(subject_of(s, "5000元"), "高级技师5000元");
        assert_eq!(subject_of(s, "2000元"), "技师2000元");
    }

    #[test]
    fn replaced_figures_and_dates_are_no_answers() {
        let s = "易地建设费由3000元降至1800元";
        assert!(is_replaced(
            s,
            &(s.find("3000元").unwrap()..s.find("降").unwrap())
        ));
        let at = s.find("1800元").unwrap();
        assert!(!is_replaced(s, &(at..s.len())));
        let s = "2018年12月30日至2019年1月1日放假调休,共3天";
        let at = s.find("30日").unwrap();
        assert!(is_day_of_month(s, &(at..at + "30日".len())));
        let at = s.find("3天").unwrap();
        assert!(!is_day_of_month(s, &(at..at + "3天".len())));
        let s = "设置24小时自助服务大厅,纳税时间压缩为14小时。";
        let at = s.find("24小时").unwrap();
        assert!(is_attribute(s, &(at..at + "24小时".len())));
        let at = s.find("14小时").unwrap();
        assert!(!is_attribute(s, &(at..at + "14小时".len())));
        let s = "纳税时间压缩为14小时左右。";
        let at = s.find("14小时").unwrap();
        assert!(!is_attribute(s, &(at..at + "14小时".len())));
        // after a word of continuance the span is how long the act after it went on
        let s = "国务院信息办连续四年组织对各级政府门户网站进行了绩效评估。";
        let at = s.find("四年").unwrap();
        assert!(!is_attribute(s, &(at..at + "四年".len())));
    }
}
