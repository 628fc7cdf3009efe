//! Drives the built `tongbao` binary: inputs, error records, encodings, tables, threads, streaming,
//! broken pipes and usage errors. Counts are compared against the binary's own JSON output, so the
//! tests stay valid whatever the extractors find.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_tongbao");

/// Bulletin-style pages written for these tests (other cities, numerals and list shapes than the dev set).
const PAGES: [&str; 3] = [
    "本报讯（记者 李明）3月5日，中央第三生态环境保护督察组向长沙市交办第五批群众信访举报件共31件，\n其中来电20件、来信11件。按区县分布：芙蓉区4件、天心区6件、岳麓区21件。\n按污染类型分：噪声污染8件、大气污染12件、水污染11件。",
    "新华社南宁6月8日电 广西壮族自治区第二生态环境保护督察组6月7日向南宁市转办第十二批举报件二十三件，\n涉及青秀区5件、兴宁区18件。市委副书记、市长王强主持召开专题会议。\n\n当天下午，督察组赴邕宁区检查扬尘污染防治情况。",
    "（记者 张华 通讯员 刘洋）截至11月30日，督察组累计交办信访件2,271件，已办结1,980件，阶段性办结256件，正在办理35件。\n垃圾、油烟问题各1件。",
];

struct Tmp(PathBuf);

impl Tmp {
    fn new(name: &str) -> Tmp {
        let p = std::env::temp_dir().join(format!("tongbao-cli-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        Tmp(p)
    }

    fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.0.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, bytes).unwrap();
        p
    }

    fn path(&self, rel: &str) -> String {
        self.0.join(rel).to_string_lossy().into_owned()
    }
}

impl Drop for Tmp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(bytes) = stdin {
        let mut w = child.stdin.take().unwrap();
        let bytes = bytes.to_vec();
        std::thread::spawn(move || {
            let _ = w.write_all(&bytes);
        });
    }
    child.wait_with_output().unwrap()
}

fn lines(o: &Output) -> Vec<Value> {
    String::from_utf8(o.stdout.clone()).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn source(v: &Value) -> &str {
    v["source"].as_str().unwrap_or("")
}

fn record(source: Option<&str>, text: &str, date: Option<&str>) -> String {
    serde_json::json!({"source": source, "text": text, "reference_date": date}).to_string() + "\n"
}

fn utf16(text: &str, le: bool) -> Vec<u8> {
    let mut v = if le { vec![0xFF, 0xFE] } else { vec![0xFE, 0xFF] };
    for u in text.encode_utf16() {
        v.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
    }
    v
}

#[test]
fn files_directories_stdin_and_jsonl_in_command_line_order() {
    let t = Tmp::new("inputs");
    t.write("d/b/2.txt", PAGES[1]);
    t.write("d/a.txt", PAGES[0]);
    t.write("d/b/1.TXT", PAGES[2]);
    t.write("d/notes.md", "skipped: not *.txt");
    let single = t.write("single.text", PAGES[2]);
    let jsonl = t.write("r.jsonl", record(Some("rec1"), PAGES[0], None) + "\n" + &record(None, PAGES[1], Some("2024-06-08")));
    let (d, single, jsonl) = (t.path("d"), single.to_string_lossy().into_owned(), jsonl.to_string_lossy().into_owned());
    let o = run(&["extract", &single, "--jsonl", &jsonl, &d, "-"], Some(PAGES[1].as_bytes()));
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let docs = lines(&o);
    let sources: Vec<_> = docs.iter().map(|v| v["source"].clone()).collect();
    let want = [
        Value::from(single.as_str()),
        "rec1".into(),
        Value::Null,
        t.path("d/a.txt").into(),
        t.path("d/b/1.TXT").into(),
        t.path("d/b/2.txt").into(),
        "-".into(),
    ];
    assert_eq!(sources, want);
    assert_eq!(docs[2]["reference_date"], "2024-06-08");
    assert!(docs.iter().all(|d| d["schema_version"] == 1 && d["articles"].is_array()));
}

#[test]
fn ext_chooses_the_files_a_directory_walk_reads() {
    let t = Tmp::new("ext");
    t.write("d/a.txt", PAGES[0]);
    t.write("d/b.HTML", format!("<html><body><p>{}</p></body></html>", PAGES[1]));
    t.write("d/c.htm", PAGES[2]);
    let d = t.path("d");
    let sources = |o: &Output| lines(o).iter().map(|v| source(v).to_string()).collect::<Vec<_>>();
    assert_eq!(sources(&run(&["extract", &d], None)), [t.path("d/a.txt")]);
    let o = run(&["extract", &d, "--ext", "html,.htm"], None);
    assert_eq!(sources(&o), [t.path("d/b.HTML"), t.path("d/c.htm")]);
    // the HTML page gives the articles of its text
    let plain = run(&["extract", "-"], Some(PAGES[1].as_bytes()));
    assert_eq!(lines(&o)[0]["articles"].as_array().map(Vec::len), lines(&plain)[0]["articles"].as_array().map(Vec::len));
    assert_eq!(run(&["extract", &d, "--ext", ","], None).status.code(), Some(2));
}

#[test]
fn failed_inputs_give_error_records_and_exit_1() {
    let t = Tmp::new("errors");
    t.write("d/1_ok.txt", PAGES[0]);
    let mut bad = encoding_rs::GB18030.encode("西宁市城东区").0.into_owned();
    bad.extend([0xFF, 0xFF, b'a']);
    t.write("d/2_bad.txt", &bad);
    t.write("d/3_binary.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00abc");
    t.write("d/4_ok.txt", PAGES[1]);
    let jsonl = t.write("r.jsonl", "not json\n{\"source\":\"s\"}\n".to_string() + &record(Some("good"), "文本", None));
    let missing = t.path("missing.txt");
    let o = run(&["extract", &t.path("d"), &missing, "--jsonl", &jsonl.to_string_lossy()], None);
    assert_eq!(o.status.code(), Some(1));
    let docs = lines(&o);
    assert_eq!(docs.len(), 8);
    let errors: Vec<_> = docs.iter().filter(|d| d.get("error").is_some()).collect();
    assert_eq!(errors.len(), 5, "{docs:?}");
    for e in &errors {
        assert_eq!(e["schema_version"], 1);
        assert!(e.get("articles").is_none());
    }
    assert!(docs[0]["articles"].is_array() && docs[3]["articles"].is_array() && docs[7]["articles"].is_array());
    let bad_err = docs[1]["error"].as_str().unwrap();
    assert!(bad_err.contains("2_bad.txt") && bad_err.contains("GB18030") && bad_err.contains("offset 12"), "{bad_err}");
    assert!(docs[2]["error"].as_str().unwrap().contains("offset 7"));
    assert_eq!(source(&docs[4]), missing);
    assert!(source(&docs[5]).ends_with("r.jsonl:1"), "{}", docs[5]);
    assert_eq!(source(&docs[6]), "s");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("2_bad.txt"), "{stderr}");
    // --lossy turns the undecodable file into a document; the binary one stays an error.
    let o = run(&["extract", "--lossy", "-q", &t.path("d")], None);
    let docs = lines(&o);
    assert!(docs[1]["articles"].is_array() && docs[2].get("error").is_some());
    assert!(o.stderr.is_empty(), "--quiet: {}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn encodings_give_the_same_document_as_utf8() {
    let t = Tmp::new("enc");
    let text = PAGES.join("\n\n");
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend(text.as_bytes());
    let files = [
        t.write("utf8_20240608.txt", &text),
        t.write("gb18030_20240608.txt", encoding_rs::GB18030.encode(&text).0),
        t.write("gbk_20240608.txt", encoding_rs::GBK.encode(&text).0),
        t.write("utf16le_20240608.txt", utf16(&text, true)),
        t.write("utf16be_20240608.txt", utf16(&text, false)),
        t.write("utf8bom_20240608.txt", bom),
    ];
    let args: Vec<String> = files.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let mut argv = vec!["extract"];
    argv.extend(args.iter().map(String::as_str));
    let o = run(&argv, None);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let mut docs = lines(&o);
    for d in &mut docs {
        d.as_object_mut().unwrap().remove("source");
    }
    assert_eq!(docs[0]["reference_date"], "2024-06-08");
    for (d, f) in docs.iter().zip(&files).skip(1) {
        assert_eq!(d, &docs[0], "{}", f.display());
    }
}

#[test]
fn csv_tables_have_as_many_rows_as_the_json_has_items() {
    let t = Tmp::new("csv");
    let mut recs = String::new();
    for (i, p) in PAGES.iter().cycle().take(9).enumerate() {
        recs += &record(Some(&format!("p{i}")), p, Some("2024-06-08"));
    }
    let jsonl = t.write("r.jsonl", recs).to_string_lossy().into_owned();
    let docs = lines(&run(&["extract", "--jsonl", &jsonl], None));
    let count = |field: &str| -> usize {
        docs.iter().flat_map(|d| d["articles"].as_array().unwrap()).map(|a| a[field].as_array().unwrap().len()).sum()
    };
    let articles: usize = docs.iter().map(|d| d["articles"].as_array().unwrap().len()).sum();
    let expect = [
        ("batches", count("complaint_batches")),
        ("districts", count("district_counts")),
        ("categories", count("pollution")),
        ("officials", count("officials")),
        ("dates", count("dates")),
        ("articles", articles),
    ];
    for (table, n) in expect {
        let o = run(&["extract", "--jsonl", &jsonl, "--table", table], None);
        assert_eq!(o.status.code(), Some(0));
        let mut r = csv::Reader::from_reader(&o.stdout[..]);
        let headers = r.headers().unwrap().clone();
        assert_eq!(&headers[0], "source");
        assert_eq!(&headers[2], "article");
        let rows: Vec<csv::StringRecord> = r.records().collect::<Result<_, _>>().unwrap();
        assert_eq!(rows.len(), n, "table {table}");
        assert!(rows.iter().all(|r| r[0].starts_with('p') && r[1] == *"2024-06-08"), "table {table}");
    }
    // -o writes the same bytes to a file.
    let out = t.path("a.csv");
    let o = run(&["extract", "--jsonl", &jsonl, "--format", "csv", "--table", "articles", "-o", &out], None);
    assert!(o.stdout.is_empty());
    assert_eq!(std::fs::read(&out).unwrap(), run(&["extract", "--jsonl", &jsonl, "--table", "articles"], None).stdout);
}

#[test]
fn json_array_and_pretty_hold_the_same_documents() {
    let t = Tmp::new("json");
    let jsonl = t.write("r.jsonl", PAGES.iter().map(|p| record(None, p, None)).collect::<String>());
    let jsonl = jsonl.to_string_lossy();
    let jl = lines(&run(&["extract", "--jsonl", &jsonl], None));
    for args in [vec!["--format", "json"], vec!["--format", "json", "--pretty"]] {
        let mut argv = vec!["extract", "--jsonl", &jsonl];
        argv.extend(args);
        let arr: Value = serde_json::from_slice(&run(&argv, None).stdout).unwrap();
        assert_eq!(arr.as_array().unwrap(), &jl);
    }
    let empty = t.write("empty.jsonl", "");
    let arr: Value =
        serde_json::from_slice(&run(&["extract", "--format", "json", "--jsonl", &empty.to_string_lossy()], None).stdout).unwrap();
    assert_eq!(arr, serde_json::json!([]));
}

#[test]
fn reference_dates_from_paths_options_and_records() {
    let t = Tmp::new("dates");
    t.write("2023/12/10/p.txt", PAGES[0]);
    t.write("x/page_20231208.txt", PAGES[0]);
    t.write("x/page_20231340.txt", PAGES[0]);
    let jsonl = t.write("r.jsonl", record(Some("renmin/2021-05-06/p3"), "文本", None) + &record(Some("a"), "文本", Some("2020-01-02")));
    let o = run(&["extract", &t.path("2023"), &t.path("x"), "--jsonl", &jsonl.to_string_lossy()], None);
    let dates: Vec<_> = lines(&o).iter().map(|d| d["reference_date"].clone()).collect();
    assert_eq!(dates, ["2023-12-10".into(), "2023-12-08".into(), Value::Null, "2021-05-06".into(), "2020-01-02".into()]);
    // --ref-date beats the path; a record's own date beats --ref-date.
    let o = run(&["extract", "--ref-date", "2022-02-02", &t.path("x"), "--jsonl", &jsonl.to_string_lossy()], None);
    let dates: Vec<_> = lines(&o).iter().map(|d| d["reference_date"].clone()).collect();
    assert_eq!(dates, ["2022-02-02", "2022-02-02", "2022-02-02", "2020-01-02"]);
}

#[test]
fn two_threads_write_the_same_bytes_as_one() {
    let t = Tmp::new("threads");
    for i in 0..60 {
        // Varied sizes so that workers finish out of order.
        let text = PAGES[i % 3].repeat(1 + (i * 7) % 13);
        t.write(&format!("d/{:03}/{i}.txt", 60 - i), text);
    }
    let one = run(&["extract", "-j", "1", &t.path("d")], None);
    let two = run(&["extract", "-j", "2", &t.path("d")], None);
    assert_eq!(one.status.code(), Some(0));
    assert_eq!(lines(&one).len(), 60);
    assert!(one.stdout == two.stdout, "-j 2 output differs from -j 1");
    let table = |j: &str| run(&["extract", "-j", j, "--table", "articles", &t.path("d")], None).stdout;
    assert_eq!(table("1"), table("2"));
}

#[test]
fn jsonl_from_a_slow_pipe_is_answered_line_by_line() {
    let mut child = Command::new(BIN)
        .args(["extract", "--jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    for (i, p) in PAGES.iter().enumerate() {
        stdin.write_all(record(Some(&format!("slow{i}")), p, None).as_bytes()).unwrap();
        stdin.flush().unwrap();
        // The next record is only written once this one's output line has arrived.
        let line = rx.recv_timeout(Duration::from_secs(60)).expect("no output line for a record written alone");
        let v: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(source(&v), format!("slow{i}"));
    }
    drop(stdin);
    assert!(rx.recv_timeout(Duration::from_secs(60)).is_err(), "no more lines after the input ends");
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

#[test]
fn a_closed_pipe_ends_quietly_with_exit_0() {
    let t = Tmp::new("pipe");
    let recs: String = (0..3000).map(|i| record(Some(&format!("r{i}")), PAGES[i % 3], None)).collect();
    let jsonl = t.write("r.jsonl", recs);
    let mut child = Command::new(BIN)
        .args(["extract", "--pretty", "--jsonl", &jsonl.to_string_lossy()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let mut stderr = String::new();
    child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    assert_eq!(child.wait().unwrap().code(), Some(0), "{stderr}");
    assert!(!stderr.contains("panicked") && !stderr.contains("Broken pipe"), "{stderr}");
}

#[test]
fn bad_usage_exits_2() {
    for args in [
        vec!["extract"],
        vec!["extract", "--bogus", "x"],
        vec!["extract", "--ref-date", "2023-13-01", "x"],
        vec!["extract", "--ref-date", "yesterday", "x"],
        vec!["extract", "--table", "nope", "x"],
        vec!["extract", "--format", "xml", "x"],
        vec!["extract", "--format", "csv", "x"],
        vec!["extract", "--format", "json", "--table", "dates", "x"],
        vec!["extract", "-j", "0", "x"],
        vec!["extract", "-", "--jsonl", "-"],
        vec!["frobnicate"],
        vec![],
    ] {
        let o = run(&args, None);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", String::from_utf8_lossy(&o.stderr));
        assert!(o.stdout.is_empty(), "{args:?}");
    }
    assert_eq!(run(&["--help"], None).status.code(), Some(0));
}

#[test]
fn progress_summary_only_when_asked_off_a_terminal() {
    let t = Tmp::new("progress");
    let f = t.write("a.txt", PAGES[0]);
    let f = f.to_string_lossy();
    assert!(run(&["extract", &f], None).stderr.is_empty());
    let o = run(&["extract", "--progress", &f], None);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("1 documents") && stderr.contains("0 failed"), "{stderr}");
    assert!(Path::new(&*f).exists());
}
