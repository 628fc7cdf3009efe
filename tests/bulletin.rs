//! Bulletin facts through the public API: batches, pollution categories and the complaint-batch
//! record, on bulletins written for these tests (other provinces, numerals and list shapes than the
//! development pages), plus a check of batches and pollution against the development gold.

use std::path::Path;

use tongbao::{Article, Extractor, Input, InspectionLevel, PollutionCategory};

fn articles(page: &str) -> Vec<Article> {
    Extractor::new().extract(Input::new(page).reference_date_str("2024-06-20").unwrap_or_else(|e| panic!("{e}"))).articles
}

/// A made-up provincial bulletin from Fujian: Arabic ordinals, a batch list, a range, 个 counts,
/// a compound pollution item, shares and an enumeration with 分别为.
const FUJIAN: &str = "本报讯（记者 闽青）6月18日，福建省第二生态环境保护督察组向三明市转办第8批群众信访举报件共15件，\
其中来电9件、来信2件、网络举报4件，重点交办件3件。按污染类型划分，大气污染6件、水污染4件、\
噪音污染3件、固废问题1件、同时涉及油烟、噪声污染问题1件。截至6月18日，督察组累计向我市转办第1至8批信访件共102件，\
已办结60件、阶段性办结30件。\n\n\
另据统计，第五、六批交办件中恶臭占31.5%、扬尘占20%。群众反映的土壤、海洋、辐射问题分别为2个、1个、1个。\
当地将继续做好水、大气、土壤污染防治，严防扬尘污染。";

#[test]
fn batches_in_a_made_up_bulletin() {
    let arts = articles(FUJIAN);
    let batches: Vec<_> = arts.iter().flat_map(|a| a.batches.iter()).map(|b| (b.ordinal, b.ordinal_end, b.subject.clone())).collect();
    assert_eq!(
        batches,
        vec![
            (8, None, Some("群众信访举报件".to_string())),
            (1, Some(8), Some("信访件".to_string())),
            (5, None, Some("交办件".to_string())),
            (6, None, Some("交办件".to_string())),
        ]
    );
}

#[test]
fn pollution_in_a_made_up_bulletin() {
    use PollutionCategory::*;
    let arts = articles(FUJIAN);
    let got: Vec<_> = arts.iter().flat_map(|a| a.pollution.iter()).map(|p| (p.category, p.count, p.percent)).collect();
    assert_eq!(
        got,
        vec![
            (Air, Some(6), None),
            (Water, Some(4), None),
            (Noise, Some(3), None),
            (SolidWaste, Some(1), None),
            (Air, Some(1), None),
            (Noise, Some(1), None),
            (Air, None, Some(31.5)),
            (Air, None, Some(20.0)),
            (Soil, Some(2), None),
            (Marine, Some(1), None),
            (Radiation, Some(1), None),
            (Water, None, None),
            (Air, None, None),
            (Soil, None, None),
            (Air, None, None),
        ]
    );
}

#[test]
fn complaint_record_in_a_made_up_bulletin() {
    let arts = articles(FUJIAN);
    let records: Vec<_> = arts.iter().flat_map(|a| a.complaint_batches.iter()).collect();
    assert_eq!(records.len(), 1, "{records:#?}");
    let r = records[0];
    assert_eq!((r.inspection_group, r.inspection_level, r.batch), (Some(2), Some(InspectionLevel::Provincial), Some(8)));
    assert_eq!((r.recipient.as_deref(), r.total, r.priority_cases, r.cumulative_total), (Some("三明市"), Some(15), Some(3), Some(102)));
    let ch = r.by_channel.clone().unwrap_or_default();
    assert_eq!((ch.phone, ch.letter, ch.visit, ch.online), (Some(9), Some(2), None, Some(4)));
    // 大气 and 油烟 both count as air: the list is no breakdown by category
    assert!(r.by_category.is_empty(), "{:?}", r.by_category);
    assert!(r.progress.is_none(), "cumulative progress is not the batch's: {:?}", r.progress);
    let p = r.cumulative_progress.as_ref().map(|p| (p.closed, p.partly_closed));
    assert_eq!(p, Some((Some(60), Some(30))));
}

/// Where the gold's whitespace-free `text` occurs for the `nth` time, as a byte range of `raw`.
fn locate(raw: &str, needle: &str, nth: usize) -> Option<(usize, usize)> {
    let (chars, offsets): (Vec<char>, Vec<(usize, usize)>) =
        raw.char_indices().filter(|(_, c)| !c.is_whitespace()).map(|(i, c)| (c, (i, i + c.len_utf8()))).unzip();
    let needle: Vec<char> = needle.chars().filter(|c| !c.is_whitespace()).collect();
    let hits: Vec<usize> = (0..chars.len().saturating_sub(needle.len() - 1)).filter(|&i| chars[i..].starts_with(&needle)).collect();
    let i = *hits.get(nth)?;
    Some((offsets[i].0, offsets[i + needle.len() - 1].1))
}

/// Recall of the required batches and pollution mentions of the development gold: every gold
/// mention must be overlapped by a predicted one with the same values.
#[test]
fn development_gold_batches_and_pollution() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let Ok(entries) = std::fs::read_dir(shared.join("gold")) else {
        eprintln!("note: {} not found, skipping the development-gold check", shared.display());
        return;
    };
    let (mut want, mut hit) = (0usize, 0usize);
    let mut misses = Vec::new();
    for e in entries.flatten() {
        let path = e.path();
        if path.extension().is_none_or(|x| x != "json") {
            continue;
        }
        let gold: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap_or_default()).unwrap_or_default();
        let Some(name) = gold["text"].as_str() else { continue };
        let Ok(raw) = std::fs::read_to_string(shared.join("corpus").join(name)) else { continue };
        // traditional-script pages need the full traditional → simplified table of the text layer
        if name.contains("trad") {
            continue;
        }
        let mut input = Input::new(&raw);
        if let Some(d) = gold["reference_date"].as_str() {
            input = input.reference_date_str(d).unwrap_or(input);
        }
        let doc = Extractor::new().extract(input);
        for g in gold["batches"]["required"].as_array().into_iter().flatten() {
            let Some((a, b)) = locate(&raw, g["text"].as_str().unwrap_or(""), g["nth"].as_u64().unwrap_or(0) as usize) else { continue };
            want += 1;
            let ok = doc.articles.iter().flat_map(|x| x.batches.iter()).any(|p| {
                p.span.start < b
                    && a < p.span.end
                    && Some(u64::from(p.ordinal)) == g["ordinal"].as_u64()
                    && p.ordinal_end.map(u64::from) == g["ordinal_end"].as_u64()
                    && (g["subject"].is_null() || p.subject.as_deref() == g["subject"].as_str())
            });
            if ok {
                hit += 1
            } else {
                misses.push(format!("{name}: batch {g}"))
            }
        }
        for g in gold["pollution"]["required"].as_array().into_iter().flatten() {
            let Some((a, b)) = locate(&raw, g["text"].as_str().unwrap_or(""), g["nth"].as_u64().unwrap_or(0) as usize) else { continue };
            want += 1;
            let ok = doc.articles.iter().flat_map(|x| x.pollution.iter()).any(|p| {
                p.span.start < b
                    && a < p.span.end
                    && serde_json::to_value(p.category).ok().as_ref() == Some(&g["category"])
                    && p.count == g["count"].as_u64()
                    && (g.get("percent").is_none() || p.percent == g["percent"].as_f64())
            });
            if ok {
                hit += 1
            } else {
                misses.push(format!("{name}: pollution {g}"))
            }
        }
    }
    let recall = if want == 0 { 1.0 } else { hit as f64 / want as f64 };
    assert!(recall >= 0.99, "recall {recall:.3} ({hit}/{want}); missed:\n{}", misses.join("\n"));
}

/// A made-up provincial summary from Guizhou: counts with shares, a district and a category
/// breakdown printed after the cumulative sentence (they add up to the batch), progress figures
/// only in the cumulative sentence, and a medium in the byline.
const GUIZHOU: &str = "本报讯（记者 王晓东 通讯员 刘洋）11月28日，中央第五生态环境保护督察组向我省转办第八批群众信访举报件40件\
（其中来电26件，来信14件）。截至11月28日，督察组累计向我省转办信访件536件，已办结289件，阶段性办结112件，正在办理中135件。\n\n\
从地域分布看，贵阳市12件、遵义市11件、六盘水市8件、安顺市9件。\n\n\
从污染类型看，涉及大气污染的18件，占45.0%；水污染12件（占30.0%）；噪声污染10件，占总数的25.0%。\n\n\
（贵州日报记者 李继洪）";

#[test]
fn a_breakdown_after_the_cumulative_sentence_joins_the_batch_it_adds_up_to() {
    let arts = articles(GUIZHOU);
    let a = &arts[0];
    assert_eq!(a.reporters, ["王晓东", "刘洋", "李继洪"]);
    let shares: Vec<_> = a.pollution.iter().map(|p| (p.category, p.count, p.percent)).collect();
    assert_eq!(
        shares,
        vec![
            (PollutionCategory::Air, Some(18), Some(45.0)),
            (PollutionCategory::Water, Some(12), Some(30.0)),
            (PollutionCategory::Noise, Some(10), Some(25.0)),
        ]
    );
    let r = &a.complaint_batches[0];
    assert_eq!((r.batch, r.total, r.cumulative_total), (Some(8), Some(40), Some(536)));
    assert_eq!(r.by_district.iter().map(|d| d.count).sum::<u64>(), 40);
    assert_eq!(r.by_category.len(), 3);
    assert_eq!(r.progress, None);
    let p = r.cumulative_progress.as_ref().map(|p| (p.closed, p.partly_closed, p.in_progress));
    assert_eq!(p, Some((Some(289), Some(112), Some(135))));
    assert!(r.problems.is_empty(), "{:?}", r.problems);
}
