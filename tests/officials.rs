//! Officials through the public API: title chains, group labels, lists, coreference, exclusions,
//! user lexicons, and the development pages' gold (skipped without ../shared).

use std::collections::HashMap;
use std::path::PathBuf;

use tongbao::{Extractor, Official};

fn officials(ex: &Extractor, text: &str) -> Vec<Official> {
    ex.extract(text).articles.into_iter().flat_map(|a| a.officials).collect()
}

fn by_name(list: &[Official]) -> HashMap<&str, &Official> {
    list.iter().map(|o| (o.name.as_str(), o)).collect()
}

#[test]
fn meeting_report_with_chains_lists_and_mentions() {
    let text = "本报讯（记者 江南）3月2日，省委常委、市委书记张立新主持召开会议。市委副书记、\n市长\n刘建国出席并讲话，\
市领导陈伟、赵丽华和孙强参加。刘建国强调，要压实责任。村民王大山说，环境变好了。";
    let ex = Extractor::new();
    let got = officials(&ex, text);
    let m = by_name(&got);
    assert_eq!(m["张立新"].titles, ["省委常委", "市委书记"]);
    assert_eq!(m["刘建国"].titles, ["市委副书记", "市长"]);
    assert_eq!(m["刘建国"].mentions.len(), 2);
    for n in ["陈伟", "赵丽华", "孙强"] {
        assert_eq!(m[n].titles, ["市领导"], "{n}");
    }
    assert!(!m.contains_key("江南") && !m.contains_key("王大山"), "{got:?}");
    // Spans point at the original text, line breaks included.
    let s = m["刘建国"].mentions[0];
    assert_eq!(&text[s.range()], "刘建国");
}

#[test]
fn inspection_group_titles_pair_with_their_names() {
    let ex = Extractor::new();
    let got = officials(&ex, "动员会上，中央第三生态环境保护督察组组长吴新雄，副组长、生态环境部副部长刘华分别讲话。");
    let m = by_name(&got);
    assert!(m["吴新雄"].titles[0].ends_with("组长"), "{got:?}");
    assert_eq!(m["刘华"].titles.len(), 2, "{got:?}");
    assert!(m["刘华"].titles[1].ends_with("副部长"));
}

#[test]
fn user_lexicons_add_titles_and_names() {
    let ex = Extractor::builder().titles("村支书\n").names("木扎帕\n").build().unwrap();
    let got = officials(&ex, "村支书木扎帕介绍了整改情况。");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].name, "木扎帕");
    assert_eq!(got[0].titles, ["村支书"]);
}

/// Scores officials on every development page as `tools/score.py` does (names; titles matched by
/// suffix) and asserts the acceptance bars; the seed page must be perfect.
#[test]
fn development_pages_gold_officials() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let Ok(dir) = std::fs::read_dir(root.join("gold")) else {
        eprintln!("note: ../shared not found, gold test skipped");
        return;
    };
    let title_match = |p: &str, g: &str| p.chars().count() >= 2 && g.chars().count() >= 2 && (p.ends_with(g) || g.ends_with(p));
    let ex = Extractor::new();
    let (mut tp, mut fp, mut fn_, mut ttp, mut tfp, mut tfn) = (0, 0, 0, 0, 0, 0);
    let mut seed_errors = 0;
    let mut paths: Vec<PathBuf> =
        dir.filter_map(|e| Some(e.ok()?.path())).filter(|p| p.to_string_lossy().ends_with(".gold.json")).collect();
    paths.sort();
    for path in paths {
        let Ok(gold) = std::fs::read_to_string(&path) else { continue };
        let gold: serde_json::Value = serde_json::from_str(&gold).unwrap();
        let page = path.file_name().unwrap().to_string_lossy().replace(".gold.json", ".txt");
        let Ok(text) = std::fs::read_to_string(root.join("corpus").join(&page)) else { continue };
        let got = officials(&ex, &text);
        let mut have: HashMap<String, Vec<String>> = HashMap::new();
        for o in &got {
            have.entry(o.name.clone()).or_default().extend(o.titles.iter().cloned());
        }
        let want: HashMap<String, Vec<String>> = gold["officials"]["required"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|o| {
                        (
                            o["name"].as_str().unwrap().to_string(),
                            o["titles"].as_array().unwrap().iter().map(|t| t.as_str().unwrap().to_string()).collect(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        let optional: Vec<&str> =
            gold["officials"]["optional"].as_array().map(|a| a.iter().filter_map(|x| x.as_str()).collect()).unwrap_or_default();
        let before = fp + fn_ + tfp + tfn;
        for (name, titles) in &want {
            let h = have.get(name).cloned().unwrap_or_default();
            if have.contains_key(name) {
                tp += 1
            } else {
                fn_ += 1;
                println!("{page}: missed {name}")
            }
            for g in titles {
                if h.iter().any(|p| title_match(p, g)) {
                    ttp += 1
                } else {
                    tfn += 1;
                    println!("{page}: {name} lacks {g}")
                }
            }
            for p in &h {
                if !titles.iter().any(|g| title_match(p, g)) {
                    tfp += 1;
                    println!("{page}: {name} extra title {p}")
                }
            }
        }
        for name in have.keys() {
            if !want.contains_key(name) && !optional.contains(&name.as_str()) {
                fp += 1;
                println!("{page}: spurious {name} {:?}", have[name])
            }
        }
        if page == "seed_page.txt" {
            seed_errors = fp + fn_ + tfp + tfn - before;
        }
    }
    let f1 = |tp: i32, fp: i32, fn_: i32| 2.0 * tp as f64 / (2 * tp + fp + fn_).max(1) as f64;
    let (fo, ft) = (f1(tp, fp, fn_), f1(ttp, tfp, tfn));
    println!("dev officials F1 {fo:.3} (tp {tp} fp {fp} fn {fn_}); official_titles F1 {ft:.3} (tp {ttp} fp {tfp} fn {tfn})");
    assert_eq!(seed_errors, 0, "seed page must be perfect");
    assert!(fo >= 0.95 && ft >= 0.90, "officials {fo:.3}, titles {ft:.3}");
}
