//! Interface strings in Korean, Simplified Chinese and English. The article itself stays Korean
//! in every language; only the interface changes. Every key has all three strings by
//! construction (the table is a `[&str; 3]` per key), and host tests check none is empty and no
//! zh/en string contains Hangul.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Ko,
    Zh,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Ko, Lang::Zh, Lang::En];
    /// The code used in URLs.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ko => "ko",
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }
    /// The BCP 47 tag for `lang` attributes.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::Ko => "ko",
            Lang::Zh => "zh-Hans",
            Lang::En => "en",
        }
    }
    pub fn from_code(s: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == s)
    }
    /// Picks the interface language from the browser's preference list ("zh-CN", "en-US", …).
    pub fn from_browser(prefs: &[String]) -> Lang {
        prefs
            .iter()
            .find_map(|p| {
                p.get(..2)
                    .and_then(|c| Lang::from_code(&c.to_ascii_lowercase()))
            })
            .unwrap_or_default()
    }
    /// The language's own name, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Ko => "한국어",
            Lang::Zh => "中文",
            Lang::En => "English",
        }
    }
    fn index(self) -> usize {
        self as usize
    }
    /// The one of three per-language values for this language (a text of the dataset is a
    /// `Tri`, read with `Tri::get`).
    pub fn pick<T>(self, ko: T, zh: T, en: T) -> T {
        match self {
            Lang::Ko => ko,
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
    /// What follows a label: ": ", in Chinese the full-width "：".
    pub fn colon(self) -> &'static str {
        self.pick(": ", "：", ": ")
    }
    /// `inner` in brackets after a word: " (3)", in Chinese "（3）".
    pub fn bracketed(self, inner: impl std::fmt::Display) -> String {
        match self {
            Lang::Zh => format!("（{inner}）"),
            _ => format!(" ({inner})"),
        }
    }
    /// Between the items of a list whose items hold commas: "; ", in Chinese "；".
    pub fn semicolon(self) -> &'static str {
        self.pick("; ", "；", "; ")
    }
}

/// One text of the dataset in Korean, Chinese and English: a term's gloss, a figure's label (the
/// files' `gloss_ko`, `gloss_zh`, `gloss_en`). The reader's language picks one with `get`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Tri<T> {
    pub ko: T,
    pub zh: T,
    pub en: T,
}

impl<T> Tri<T> {
    pub const fn new(ko: T, zh: T, en: T) -> Self {
        Tri { ko, zh, en }
    }
    /// The text in `lang`.
    pub fn get(self, lang: Lang) -> T {
        match lang {
            Lang::Ko => self.ko,
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }
    pub fn as_ref(&self) -> Tri<&T> {
        Tri::new(&self.ko, &self.zh, &self.en)
    }
    /// `Tri<String>` → `Tri<&str>`.
    pub fn as_deref(&self) -> Tri<&T::Target>
    where
        T: std::ops::Deref,
    {
        Tri::new(&*self.ko, &*self.zh, &*self.en)
    }
    pub fn map<U>(self, mut f: impl FnMut(T) -> U) -> Tri<U> {
        Tri::new(f(self.ko), f(self.zh), f(self.en))
    }
    /// Each language with its text, in `Lang::ALL` order.
    pub fn iter(&self) -> impl Iterator<Item = (Lang, &T)> {
        Lang::ALL.into_iter().zip([&self.ko, &self.zh, &self.en])
    }
}

impl<T> Tri<Option<T>> {
    /// The three texts if all three are given, else `None` (an optional text is given in every
    /// language or in none).
    pub fn transpose(self) -> Option<Tri<T>> {
        Some(Tri::new(self.ko?, self.zh?, self.en?))
    }
}

fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
        || ('\u{1100}'..='\u{11FF}').contains(&c)
        || ('\u{3130}'..='\u{318F}').contains(&c)
}

/// Splits a Chinese or English text into runs, `true` for Korean words quoted in it
/// (贸易额（朝鲜语“교역액”）), so the UI can tag them `lang="ko"` and a screen reader reads them
/// with a Korean voice. Spaces and punctuation between two Hangul words stay in the Korean run.
pub fn hangul_runs(text: &str) -> Vec<(bool, &str)> {
    let mut runs: Vec<(bool, &str)> = Vec::new();
    let mut start = 0;
    let mut cur: Option<bool> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let korean = if is_hangul(c) {
            true
        } else if c.is_whitespace() || c.is_ascii_punctuation() || c.is_ascii_digit() {
            // Neutral: Korean only between Korean on both sides.
            cur == Some(true)
                && chars[k + 1..]
                    .iter()
                    .find(|(_, d)| {
                        !(d.is_whitespace() || d.is_ascii_punctuation() || d.is_ascii_digit())
                    })
                    .is_some_and(|(_, d)| is_hangul(*d))
        } else {
            false
        };
        if cur.is_some_and(|k| k != korean) {
            runs.push((cur.unwrap_or(false), &text[start..i]));
            start = i;
        }
        cur = Some(korean);
    }
    if let Some(k) = cur {
        runs.push((k, &text[start..]));
    }
    runs
}

macro_rules! strings {
    ($($key:ident => [$ko:expr, $zh:expr, $en:expr]),* $(,)?) => {
        /// A key of the interface string table.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum K { $($key),* }
        impl K {
            pub const ALL: &'static [K] = &[$(K::$key),*];
            pub fn all_langs(self) -> [&'static str; 3] {
                match self { $(K::$key => [$ko, $zh, $en]),* }
            }
        }
    };
}

impl K {
    pub fn get(self, lang: Lang) -> &'static str {
        self.all_langs()[lang.index()]
    }
}

/// Shorthand used by the components: `t(lang, K::Glossary)`.
pub fn t(lang: Lang, key: K) -> &'static str {
    key.get(lang)
}

strings! {
    AppName => ["롱장 리더", "龙江阅读器", "Longjiang Reader"],
    SkipToArticle => ["본문으로 건너뛰기", "跳到正文", "Skip to the article"],
    InterfaceLanguage => ["인터페이스 언어", "界面语言", "Interface language"],
    Theme => ["화면 테마", "主题", "Theme"],
    ThemeAuto => ["자동", "自动", "Auto"],
    ThemeLight => ["밝게", "浅色", "Light"],
    ThemeDark => ["어둡게", "深色", "Dark"],
    Panels => ["보기 선택", "视图", "Views"],
    PanelGlossary => ["용어집", "词汇表", "Glossary"],
    PanelPeople => ["인물·기관", "人物与机构", "People & organisations"],
    PanelCharts => ["차트", "图表", "Charts"],
    PanelShare => ["공유·퍼가기", "分享与嵌入", "Share & embed"],
    FoldTools => ["접기", "收起", "Fold"],
    Translation => ["번역", "译文", "Translation"],
    TranslationOff => ["끄기", "关闭", "Off"],
    TranslationZh => ["중국어", "中文", "Chinese"],
    TranslationEn => ["영어", "英文", "English"],
    OurTranslation => ["롱장 리더 번역", "龙江阅读器译文", "Longjiang Reader's translation"],
    PanelWords => ["내 단어장", "我的生词本", "My words"],
    Save => ["저장", "收藏", "Save"],
    Saved => ["저장됨", "已收藏", "Saved"],
    SaveWordLabel => ["내 단어장에 저장", "加入我的生词本", "Save to My words"],
    WordsEmpty => ["아직 저장한 단어가 없습니다. 카드나 용어집의 ☆ 저장을 누르면 여기에 모입니다.", "还没有收藏的词。点卡片或词汇表中的“☆ 收藏”，词就会收在这里。", "No saved words yet. Tap ☆ Save on a card or a glossary row and the word lands here."],
    WordsKept => ["이 브라우저에 보관됩니다(서버 없음).", "保存在本浏览器中（不经服务器）。", "Kept in this browser (no server)."],
    StateLearning => ["익히는 중", "学习中", "Learning"],
    StateKnown => ["익힘", "已掌握", "Known"],
    ShowAll => ["전체", "全部", "All"],
    Remove => ["빼기", "移除", "Remove"],
    StorageUnavailable => ["이 브라우저는 단어를 보관할 수 없습니다(저장 공간이 꺼져 있거나 막혀 있음). 저장한 단어는 이 페이지를 닫으면 사라지니, 닫기 전에 Anki 파일로 내려받으세요.", "此浏览器无法保存生词（存储已关闭或被阻止）。关闭本页后收藏的词会丢失，请在关闭前下载 Anki 文件。", "This browser cannot keep words (its storage is off or blocked). Your saved words go when this page closes: download the Anki deck before you leave."],
    StorageFull => ["브라우저 저장 공간이 가득 차 마지막 변경을 보관하지 못했습니다. 단어는 이 페이지를 닫기 전까지 남아 있으니 Anki 파일로 내려받아 두세요.", "浏览器存储空间已满，最近的更改未能保存。关闭本页前生词仍在，请先下载 Anki 文件。", "The browser's storage is full, so the last change was not kept. The words stay until this page closes: download the Anki deck to keep them."],
    StorageDamaged => ["보관된 단어 목록에서 읽을 수 없는 {n}줄을 건너뛰었습니다.", "已跳过存储的生词列表中无法读取的{n}行。", "Skipped {n} damaged line(s) of the stored word list."],
    StorageNotAList => ["보관된 단어 목록을 읽을 수 없어 그대로 따로 남겨 두고 새 목록을 시작했습니다.", "无法读取已存的生词列表，已原样另存，并开始新的列表。", "The stored word list could not be read; it is set aside unchanged and a new list started."],
    StorageNewer => ["더 새로운 판에서 저장한 목록입니다. 이 판이 아는 내용만 보여 줍니다.", "该列表由更新的版本保存，这里只显示本版本能识别的内容。", "This list was saved by a newer release; this one shows what it understands."],
    StorageUnknown => ["이 판의 용어집에 없는 단어 {n}개는 보이지 않지만 지우지 않고 보관합니다.", "有{n}个词不在本版本的词汇表中：不显示，但保留不删。", "{n} saved word(s) are not in this release's glossary: not shown, but kept."],
    ExportWhich => ["내보낼 단어", "导出哪些词", "Words to export"],
    ExportSaved => ["내 단어장", "我的生词本", "My words"],
    ExportAll => ["용어집 전체와 학습 낱말", "全部词汇及学习词", "Whole glossary and learner words"],
    ExportSearch => ["용어집 검색 결과", "词汇表搜索结果", "Glossary search results"],
    DownloadAnki => ["Anki 덱 내려받기", "下载 Anki 卡组", "Download Anki deck"],
    DownloadPleco => ["Pleco 파일 내려받기", "下载 Pleco 文件", "Download Pleco file"],
    AnkiHowTo => ["Anki에서 파일 › 가져오기로 열면 단어마다 기사 문장의 빈칸 카드(Cloze)가 생깁니다.", "在 Anki 中用“文件 › 导入”打开，每个词生成一张文章原句填空卡（Cloze）。", "In Anki, File › Import: each word becomes a cloze card on its sentence in the article."],
    PlecoHowTo => ["Pleco: 플래시카드 › 가져오기. 한자가 확실한 중국어 용어만 담깁니다.", "Pleco：抽认卡 › 导入。只收汉字确定的中文词。", "Pleco: Flashcards › Import. Only Chinese terms whose hanzi are certain."],
    CopyCitation => ["인용과 함께 복사", "连同出处复制", "Copy with citation"],
    ShareSentence => ["공유", "分享", "Share"],
    CiteSelected => ["선택한 값 인용 복사", "连同出处复制所选数值", "Copy selected value with citation"],
    SentenceTranslation => ["문장 번역", "句子译文", "The sentence, translated"],
    DisplayMode => ["표시 방식", "显示方式", "Display"],
    ModePlain => ["기본", "原文", "Plain"],
    ModeHanzi => ["한자", "汉字", "Hanzi"],
    ModePinyin => ["병음", "拼音", "Pinyin"],
    ModeStandard => ["한국 표준 표기", "韩国标准拼写", "South Korean spelling"],
    Source => ["출처", "来源", "Source"],
    EditorialTitle => ["제목은 편집자가 붙임(원문에 제목 없음)", "标题为编者所加（原文无标题）", "Title added by the editors (the source has none)"],
    Simplified => ["간체", "简体", "Simplified"],
    Traditional => ["번체", "繁体", "Traditional"],
    Pinyin => ["병음", "拼音", "Pinyin"],
    SinoKorean => ["한자음", "朝鲜汉字音", "Sino-Korean reading"],
    SinoKoreanSk => ["한국 표기", "韩国拼写", "South Korean"],
    StandardKorean => ["한국 통용 표현", "韩国通行说法", "South Korean usage"],
    AsWritten => ["기사 표기", "文中写法", "As written"],
    GlossKo => ["한국어 뜻", "朝鲜语释义", "Korean"],
    GlossEn => ["영어 뜻", "英文释义", "English"],
    GlossZh => ["중국어 뜻", "中文释义", "Chinese"],
    Category => ["분류", "类别", "Category"],
    Confidence => ["확실성", "可信度", "Confidence"],
    ConfidenceHigh => ["높음: 공식 명칭·사전에서 확인", "高：官方名称或词典可证", "high: attested (official name or dictionary)"],
    ConfidenceMedium => ["중간: 표준 번역, 이 형태로는 미확인", "中：标准译法，未见此形式的出处", "medium: standard rendering; this exact form not attested"],
    ConfidenceLow => ["낮음: 기사 한국어에서 추정한 한자", "低：据朝鲜文原文推测的汉字", "low: our reconstruction from the Korean text"],
    ConfidenceUncertain => ["불확실: 한자 미상", "不确定：汉字为推测", "uncertain: the hanzi are not known"],
    Guess => ["추정", "推测", "guess"],
    Occurrences => ["본문 출현", "文中出现", "In the text"],
    PreviousOccurrence => ["이전 출현", "上一处", "Previous occurrence"],
    NextOccurrence => ["다음 출현", "下一处", "Next occurrence"],
    Close => ["닫기", "关闭", "Close"],
    PronounceHanzi => ["중국어로 듣기", "听中文发音", "Hear it in Chinese"],
    LearnerWordKind => ["학습 낱말", "学习词", "Learner word"],
    LearnerWordsFound => ["학습 낱말", "学习词", "Learner words"],
    LearnerLayer => ["학습 낱말 표시", "标出学习词", "Learner words"],
    LearnerLayerHint => ["기사의 모든 한자어를 눌러 볼 수 있게 표시합니다", "标出文中所有汉字词，点击即可查看", "Marks every Sino-Korean word of the article for a tap"],
    MarksAll => ["모든 용어·수치 표시", "标出全部词语和数字", "Mark every term and figure"],
    MarksAllHint => ["기본은 중국식 표현·조선어 표기·금액만 밑줄을 긋습니다. 누르면 반도체, 식품 같은 말과 모든 수치에도 긋습니다", "默认只标出中国特有的说法、朝鲜语拼写和金额；打开后也标出“半导体”“食品”等常用词和所有数字", "By default only Chinese usage, Chinese-Korean spellings and money are marked; this also marks everyday words such as ‘semiconductors’ and every figure"],
    MarkKey => ["밑줄", "标注", "Marks"],
    MarkKeyTerm => ["용어", "词语", "term"],
    MarkKeyOrtho => ["조선어 표기", "朝鲜语拼写", "Chinese-Korean spelling"],
    MarkKeyFigure => ["수치·금액", "数字·金额", "figure"],
    MarkKeyLearner => ["학습 낱말", "学习词", "learner word"],
    OwnHanja => ["한자(이 낱말)", "该词汉字", "This word's hanja"],
    ChineseEquivalent => ["중국어 대응어", "中文对应词", "In Chinese"],
    Pronunciation => ["발음", "发音", "Pronunciation"],
    Syllables => ["글자별 풀이", "逐字解析", "Syllable by syllable"],
    FalseFriend => ["같은 한자, 다른 뜻", "同形异义", "False friend"],
    HearSentence => ["문장 듣기", "听整句", "Hear the sentence"],
    PronounceKorean => ["한국어로 듣기", "听朝鲜语发音", "Hear it in Korean"],
    OrthographyNote => ["표기 참고", "拼写说明", "Spelling note"],
    TypoInSource => ["원문 오타", "原文笔误", "Typo in the source"],
    KeptAsPrinted => ["본문은 원문 그대로 둡니다", "正文保持原样", "The text is kept as printed"],
    // Charts, numbers, exports (issue #12)
    SourcePaper => ["흑룡강일보", "《黑龙江日报》朝鲜文版", "Heilongjiang Daily, Korean edition"],
    ChartBy => ["차트: 롱장 리더", "图表：龙江阅读器", "Chart: Longjiang Reader"],
    ConvertedNote => ["{cur} 금액은 기사의 위안 금액을 각 연도 평균 환율로 환산한 근삿값입니다.", "{cur}金额是按各年平均汇率由原文人民币金额折算的近似值。", "Amounts in {cur} are approximations, converted from the article's yuan at each year's average exchange rate."],
    StatedConverted => ["기사 수치(위안)를 환산", "原文数据（元）折算", "given in the article (yuan), converted"],
    DerivedConverted => ["계산값(위안)을 환산", "推算值（元）折算", "calculated from the article's figures, converted"],
    ConvertedFrom => ["기사: {src} · {year}년 평균 환율로 환산", "原文：{src}，按{year}年平均汇率折算", "Stated: {src}; converted at the {year} average rate"],
    DerivedFrom => ["계산값: {src} · {year}년 평균 환율로 환산", "推算值：{src}，按{year}年平均汇率折算", "Derived: {src}; converted at the {year} average rate"],
    UnitCny => ["단위: 위안(CNY), 기사의 '원'", "单位：元（人民币），即原文的“원”", "In Chinese yuan (CNY), the article's 원"],
    UnitConverted => ["단위: {cur}, 연평균 환율로 환산한 근삿값", "单位：{cur}，按年平均汇率折算的近似值", "In {cur}, converted at annual average rates (approximate)"],
    DerivedNote => ["빗금 막대는 기사 수치로 계산한 값: {items}", "斜线柱为由原文数据推算的值：{items}", "Hatched bars are derived from stated figures: {items}"],
    RatesFrom => ["환율: {src}", "汇率来源：{src}", "Rates: {src}"],
    TimelineHollow => ["빈 표시: 기사에 달만 나온 일정", "空心标记：原文只写了月份", "Hollow marker: the article gives only the month"],
    ChartEscHint => ["Esc 키나 바깥 클릭으로 설명 닫기", "按 Esc 或点击别处关闭说明", "Esc or a click elsewhere closes the details"],
    CatPlace => ["지명", "地名", "Place"],
    CatOrganisation => ["기관", "机构", "Organisation"],
    CatPolicy => ["정책 용어", "政策用语", "Policy term"],
    CatEconomy => ["경제 용어", "经济用语", "Economic term"],
    CatTerm => ["일반 용어", "一般用语", "General term"],
    CatTitle => ["직함", "职务", "Title"],
    CatPerson => ["인물", "人物", "Person"],
    CatUnit => ["단위·기호", "单位和符号", "Unit or symbol"],
    CatEvent => ["행사·회의", "活动和会议", "Event or meeting"],
    CatDocument => ["협정·각서", "协议和备忘录", "Agreement or memorandum"],
    // Charts: the growth rate written above the bars ({rate} in percent) and the currency it
    // was measured in. In Chinese 增长 says the sign, and a range of years takes a dash.
    GrowthCagr => ["{from}→{to} 연평균 +{rate}%", "{from}—{to}年年均增长{rate}%", "{from}→{to}: +{rate}% a year"],
    GrowthYearOnYear => ["전년 동기 대비 +{rate}%", "同比增长{rate}%", "+{rate}% year on year"],
    GrowthInCny => ["CNY 기준", "按人民币计", "in CNY"],
    // Reader and embeds (issue #12)
    SkipPastEmbed => ["이 퍼온 기사 건너뛰기", "跳过此嵌入内容", "Skip past this embed"],
    EmbedEnd => ["퍼온 기사의 끝", "嵌入内容结束", "End of the embedded explorer"],
    SkipToTools => ["용어집·차트로 건너뛰기", "跳到词汇表和图表", "Skip to the glossary and charts"],
    ChartKeysHintCard => ["← → 키로 항목 이동, Enter로 수치 카드와 출처 문장 보기", "用 ← → 键切换，按 Enter 查看数字卡片和原句", "Use ← → to move, Enter to see the figure and its sentence"],
    KeyboardHelpReader => ["단축키: j/k 다음/이전 용어 · t 번역 · Esc 닫기", "快捷键：j/k 下一个／上一个词 · t 译文 · Esc 关闭", "Keys: j/k next/previous term · t translation · Esc close"],
    KeyboardHelpCharts => ["단축키: ← → 차트 항목 이동 · Enter 수치 카드 · Esc 닫기", "快捷键：← → 切换图表项 · Enter 数字卡片 · Esc 关闭", "Keys: ← → move along a chart · Enter figure card · Esc close"],
    KeyboardHelpCard => ["단축키: Esc 카드 닫기", "快捷键：Esc 关闭卡片", "Keys: Esc closes a card"],
    KeyboardHelpGlossary => ["단축키: / 검색 · ↑ ↓ 항목 이동 · Esc 닫기", "快捷键：/ 搜索 · ↑ ↓ 切换词条 · Esc 关闭", "Keys: / search · ↑ ↓ move through entries · Esc close"],
    SortCategory => ["분류별", "按类别排序", "By category"],
    EmbedWhat => ["퍼갈 부분", "嵌入内容", "What to embed"],
    ShowWholeChart => ["차트 전체 보기", "显示完整图表", "Show the whole chart"],
    EmbedVersion => ["버전", "版本", "Version"],
    EmbedVersionLatest => ["항상 최신판", "始终为最新版", "Always the latest"],
    EmbedVersionOnlyBuilt => ["탐색기 전체와 기사만 담은 임베드는 늘 최신판입니다. 차트와 용어집 임베드는 지금 판 그대로 고정할 수 있습니다.", "整个阅读器和仅含文章的嵌入始终为最新版；图表和词汇表的嵌入可固定为当前版本。", "The whole explorer and the article alone are always embedded as the latest; the charts and the glossary can be kept as they are now."],
    EmbedVersionThis => ["지금 이 판 그대로(기사 보관용)", "保持当前版本（用于存档文章）", "This version, as it is now (for archived stories)"],
    EmbedTheme => ["퍼간 곳의 테마", "嵌入处的主题", "Theme on the host page"],
    EmbedThemeAuto => ["자동(독자의 시스템 설정)", "自动（随读者的系统设置）", "Auto (the reader's system setting)"],
    EmbedWhole => ["기사와 용어집·차트 전체", "文章及全部工具", "Article and all tools"],
    EmbedReader => ["기사만", "仅文章", "Article only"],
    EmbedCharts => ["차트 전체", "全部图表", "All charts"],
    EmbedGlossary => ["용어집만", "仅词汇表", "Glossary only"],
    EmbedCarries => ["퍼가기 코드는 현재 언어·통화·표시 방식과 선택한 항목으로 열립니다.", "嵌入代码以当前语言、货币、显示方式和所选数据项打开。", "The embed opens in the current language, currency and display mode, with the selected point."],
    ParagraphN => ["{n}번째 문단", "第{n}段", "paragraph {n}"],
    ParagraphNSentenceM => ["{n}번째 문단 {m}번째 문장", "第{n}段第{m}句", "paragraph {n}, sentence {m}"],
    SectionHeading => ["소제목", "小标题", "section heading"],
    CreditLine => ["출처·편역 표기", "署名", "credit line"],
    CountryCn => ["중국", "中国", "China"],
    CountryKr => ["한국", "韩国", "South Korea"],
    RateSourceNbs => ["중국 국가통계국 {year}년 통계공보: 연평균 위안화 기준환율", "国家统计局{year}年《国民经济和社会发展统计公报》：人民币年平均汇率（中间价）", "National Bureau of Statistics of China, Statistical Communique {year}: annual average central parity"],
    RateSourceBok => ["한국은행: 연평균 원/달러 환율", "韩国银行：美元兑韩元年平均汇率", "Bank of Korea, annual average KRW per USD"],
    SearchGlossary => ["용어 검색 (한글·한자·병음·영어)", "搜索词汇（朝鲜文、汉字、拼音、英文）", "Search terms (Hangul, hanzi, pinyin, English)"],
    NoResults => ["찾는 용어가 없습니다", "没有匹配的词条", "No matching terms"],
    ResultsCount => ["개 결과", "条结果", "results"],
    SortBy => ["정렬", "排序", "Sort"],
    SortKorean => ["가나다순", "按朝鲜文字母排序", "Korean order"],
    SortPinyin => ["병음순", "按拼音排序", "Pinyin"],
    SortFrequency => ["출현 빈도순", "按出现次数排序", "Frequency"],
    // What the glossary's count and the people panel's count both say: how often the name occurs
    // in the text (the glossary's marks, issue #20), not in how many sentences.
    TimesInText => ["본문 출현 {n}회", "文中出现{n}次", "{n}× in the text"],
    DownloadCsv => ["용어집 CSV 내려받기", "下载词汇表 CSV", "Download glossary (CSV)"],
    DownloadSelectionCsv => ["검색 결과 CSV 내려받기", "下载筛选结果 CSV", "Download these results (CSV)"],
    DownloadJson => ["전체 데이터 JSON 내려받기", "下载全部数据 JSON", "Download all data (JSON)"],
    People => ["인물", "人物", "People"],
    Organisations => ["기관·기업", "机构与企业", "Organisations and firms"],
    Quotes => ["발언", "发言", "Quotes"],
    InSentences => ["{n}개 문장", "{n}个句子", "in {n} sentence(s)"],
    GoToSentence => ["문장으로 이동", "跳到该句", "Go to the sentence"],
    MoneyNote => ["이 기사의 '원'은 한국 원이 아니라 중국 위안(元, CNY)입니다.", "本文中的“원”指人民币元（CNY），不是韩元。", "In this article 원 means Chinese yuan (元, CNY), not Korean won."],
    ApproxAtYearRate => ["{year}년 평균 환율로 환산한 근삿값", "按{year}年平均汇率折算的近似值", "Approximate, at the {year} average rate"],
    RateSource => ["환율 출처", "汇率来源", "Rate source"],
    AsStated => ["기사 원문", "原文所述", "As stated"],
    Stated => ["기사 수치", "原文数据", "stated"],
    DerivedLabel => ["계산값", "推算值", "derived"],
    Formula => ["계산식", "计算公式", "Formula"],
    Currency => ["통화", "货币", "Currency"],
    SourceSentence => ["출처 문장", "来源句子", "Source sentence"],
    FigureInText => ["본문 수치", "文中数字", "Figure in the text"],
    Period => ["기간", "时期", "Period"],
    EventCol => ["일정", "事件", "Event"],
    WhenCol => ["날짜", "日期", "When"],
    Value => ["값", "数值", "Value"],
    Kind => ["구분", "类型", "Kind"],
    ChartTrade => ["흑룡강성–한국 무역액", "黑龙江省对韩贸易额", "Heilongjiang–Korea trade"],
    ChartHalf => ["상반기 무역액: 2022 대 2023", "上半年贸易额：2022年对比2023年", "First-half trade: 2022 vs 2023"],
    ChartTimeline => ["2023년 일정", "2023年时间线", "2023 timeline"],
    ChartKeyFigures => ["주요 수치", "关键数字", "Key figures"],
    ShowTable => ["데이터 표 보기", "显示数据表", "Show data table"],
    HideTable => ["데이터 표 숨기기", "隐藏数据表", "Hide data table"],
    DownloadPng => ["PNG 내려받기", "下载 PNG", "Download PNG"],
    DownloadSvg => ["SVG 내려받기", "下载 SVG", "Download SVG"],
    DownloadFiguresCsv => ["수치 CSV 내려받기", "下载数据 CSV", "Download figures (CSV)"],
    ChartTapHint => ["항목을 누르면 설명, 한 번 더 누르면 본문 문장", "点一下看说明，再点一下看原句", "Tap a point for its details, tap it again for its sentence"],
    ChartKeysHint => ["← → 키로 항목 이동, Enter로 본문 문장 보기", "用 ← → 键切换，按 Enter 查看原句", "Use ← → to move, Enter to see the sentence"],
    CopyLink => ["현재 화면 링크 복사", "复制当前视图链接", "Copy link to this view"],
    CopyEmbed => ["퍼가기 코드 복사", "复制嵌入代码", "Copy embed code"],
    CopyPym => ["pym.js 퍼가기 코드 복사", "复制 pym.js 嵌入代码", "Copy pym.js embed code"],
    ChineseEquivalentTitle => ["고유 한자가 없는 말: 중국어 대응어", "该词没有自己的汉字写法：此为对应的中文词语", "No hanja of its own: the Chinese term it renders"],
    MarkKeyEquivalent => ["한자 없는 말의 중국어 대응어", "无汉字写法之词的中文对应词", "Chinese term for a word without hanja"],
    CardMore => ["아래에 더 있음", "下面还有", "More below"],
    CopyAmp => ["AMP 퍼가기 코드 복사", "复制 AMP 嵌入代码", "Copy AMP embed code"],
    EmbedImage => ["정적 이미지(PNG, 뉴스레터·RSS용)", "静态图片（PNG，用于新闻简报、RSS）", "Static image (PNG, for newsletters and RSS)"],
    EmbedChartCarries => ["차트 퍼가기는 스크립트 없이 그려진 가벼운 페이지입니다: 현재 언어와 통화로 열리고, 값은 막대를 누르거나 가리키면 보입니다.", "图表嵌入是无需脚本即可显示的轻量页面：以当前语言和货币打开，点按或指向条形即可查看数值。", "A chart embed is a light page drawn without scripts: it opens in the current language and currency, and shows a value when a reader taps or points at a bar."],
    Copied => ["복사했습니다", "已复制", "Copied"],
    CopyFailed => ["클립보드에 복사하지 못했습니다. 칸의 글을 선택해 두었으니 직접 복사하세요.", "未能复制到剪贴板。框中的文字已选中，请手动复制。", "The clipboard refused the text. It is selected in its field: copy it by hand."],
    OpenFullView => ["전체 화면으로 열기", "在新标签页打开完整视图", "Open full view"],
    EmbedPointsHint => ["막대나 사건을 누르거나 가리키면 값과 출처 문장이 보입니다.", "点按或指向条形、事件，可查看数值和出处句子。", "Tap or point at a bar or an event for its value and source sentence."],
    EmbedGlossaryCarries => ["용어집 퍼가기는 스크립트 없이 만든 페이지입니다: 현재 언어로 열리고, 낱말을 누르면 풀이 카드가 열립니다.", "词汇表嵌入是无需脚本即可使用的页面：以当前语言打开，点按词语即可打开释义卡片。", "A glossary embed is a page built without scripts: it opens in the current language, and a tap on a word opens its card."],
    PngSize => ["PNG 크기", "PNG 尺寸", "PNG size"],
    GlossaryEmbedHint => ["낱말을 누르면 풀이 카드가 열립니다.", "点按词语即可打开释义卡片。", "Tap a word to open its card."],
    EmbedPoints => ["차트의 값", "图表数值", "The chart's values"],
    EmbedCode => ["퍼가기 코드", "嵌入代码", "Embed code"],
    ErrorTitle => ["문제가 생겼습니다", "出错了", "Something went wrong"],
    ErrorBody => ["앱에서 예기치 못한 오류가 났습니다. 새로 고치면 대부분 해결됩니다.", "应用发生了意外错误。刷新页面通常可以解决。", "The app hit an unexpected error. Reloading usually fixes it."],
    Reload => ["새로 고침", "重新加载", "Reload"],
    KeyboardHelp => ["단축키: / 검색 · j/k 다음/이전 용어 · t 번역 · Esc 닫기", "快捷键：/ 搜索 · j/k 下一个／上一个词 · t 译文 · Esc 关闭", "Keys: / search · j/k next/previous term · t translation · Esc close"],
    Glossary => ["용어집", "词汇表", "Glossary"],
    // The source line under the title (issue #20): the report as published, and how it opens.
    OriginalArticle => ["원문", "原文", "Original"],
    OriginalArticleTitle => ["기사 원문(새 탭에서 열림)", "报道原文（在新标签页中打开）", "The report as published (opens in a new tab)"],
    OpeningAsPrinted => ["기사는 지면에 실린 그대로 '이는'으로 시작한다.", "报道刊出时即以“이는”（这是）开头。", "The report opens with “이는” (“This is”), as printed."],
    // The app shell and its cards (issue #21): a card's place among its target's occurrences.
    OccurrenceNOfM => ["{n}번째 / 전체 {m}회", "第{n}处／共{m}处", "{n} of {m}"],
    // A guessed annotation over a word: the tag's tooltip.
    GuessMarkTitle => ["추정: 확인되지 않은 한자와 병음", "推测，汉字和拼音未经证实", "A guess: these hanzi and pinyin are not confirmed"],
    // The text size control in the header.
    TextSize => ["글자 크기", "字号", "Text size"],
    TextSmaller => ["글자 작게", "缩小字号", "Smaller text"],
    TextLarger => ["글자 크게", "放大字号", "Larger text"],
}

#[cfg(test)]
mod runs_tests {
    use super::hangul_runs;

    #[test]
    fn korean_quoted_in_chinese_is_its_own_run() {
        assert_eq!(
            hangul_runs("贸易额（朝鲜语“교역액”）"),
            vec![(false, "贸易额（朝鲜语“"), (true, "교역액"), (false, "”）")]
        );
        assert_eq!(
            hangul_runs("Here 한국 중소기업 means SMEs"),
            vec![
                (false, "Here "),
                (true, "한국 중소기업"),
                (false, " means SMEs")
            ]
        );
        assert_eq!(hangul_runs("没有韩文"), vec![(false, "没有韩文")]);
        assert_eq!(hangul_runs(""), vec![]);
        let all = "量두식미 (粮头食尾), 1 2";
        assert_eq!(
            hangul_runs(all).iter().map(|r| r.1).collect::<String>(),
            all
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has_hangul(s: &str) -> bool {
        s.chars().any(|c| {
            ('\u{AC00}'..='\u{D7A3}').contains(&c) || ('\u{3130}'..='\u{318F}').contains(&c)
        })
    }

    #[test]
    fn every_key_has_three_non_empty_strings() {
        for k in K::ALL {
            for (lang, s) in Lang::ALL.iter().zip(k.all_langs()) {
                assert!(!s.trim().is_empty(), "{k:?} is empty in {lang:?}");
            }
        }
    }

    #[test]
    fn zh_and_en_strings_have_no_korean() {
        for k in K::ALL {
            for lang in [Lang::Zh, Lang::En] {
                assert!(
                    // These two name the article's 원 on purpose, the last its first word.
                    !has_hangul(k.get(lang))
                        || *k == K::MoneyNote
                        || *k == K::UnitCny
                        || *k == K::OpeningAsPrinted,
                    "{k:?} in {lang:?} contains Hangul: {}",
                    k.get(lang)
                );
            }
        }
    }

    /// Chinese strings use Chinese punctuation (：（）／, no ASCII colon, bracket or quote; a slash
    /// only in a key name such as "j/k" or "/ 搜索"), one name for the Korean language (朝鲜语,
    /// 朝鲜文), and sort labels read "按…排序" (issue #22).
    #[test]
    fn chinese_strings_are_written_in_chinese() {
        let cjk = |c: Option<char>| c.is_some_and(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c));
        for k in K::ALL {
            let s = k.get(Lang::Zh);
            let chars: Vec<char> = s.chars().collect();
            for (i, &c) in chars.iter().enumerate() {
                let (prev, next) = (
                    i.checked_sub(1).map(|j| chars[j]),
                    chars.get(i + 1).copied(),
                );
                let ok = match c {
                    ':' | '(' | ')' | '"' | '\'' | ';' => false,
                    '/' => !cjk(prev) && !cjk(next),
                    _ => true,
                };
                assert!(ok, "{k:?}: ASCII {c:?} in {s}");
            }
            for bad in ["韩文", "韩语", "韩国语"] {
                assert!(!s.contains(bad), "{k:?}: {s}");
            }
        }
        for k in [
            K::SortCategory,
            K::SortKorean,
            K::SortPinyin,
            K::SortFrequency,
        ] {
            let s = k.get(Lang::Zh);
            assert!(s.starts_with('按') && s.ends_with("排序"), "{k:?}: {s}");
        }
        assert_eq!(K::StandardKorean.get(Lang::Zh), "韩国通行说法");
        assert_eq!(K::StandardKorean.get(Lang::En), "South Korean usage");
        assert_eq!(K::SourcePaper.get(Lang::Zh), "《黑龙江日报》朝鲜文版");
        assert!(K::ConfidenceUncertain
            .get(Lang::Zh)
            .starts_with("不确定：汉字为推测"));
        assert!(K::CopyFailed.get(Lang::Zh).starts_with("未能复制到剪贴板"));
    }

    /// What the app puts between a label and its value, and around a count, is full-width in
    /// Chinese (来源句子：…, 提及（3）).
    #[test]
    fn joining_punctuation_follows_the_language() {
        assert_eq!(Lang::Zh.colon(), "：");
        assert_eq!(Lang::En.colon(), ": ");
        assert_eq!(Lang::Zh.bracketed(3), "（3）");
        assert_eq!(Lang::Ko.bracketed(3), " (3)");
        assert_eq!(Lang::Zh.semicolon(), "；");
    }

    #[test]
    fn browser_preference_picks_the_first_known_language() {
        let p =
            |v: &[&str]| Lang::from_browser(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(p(&["zh-CN", "en"]), Lang::Zh);
        assert_eq!(p(&["fr-FR", "en-US"]), Lang::En);
        assert_eq!(p(&["fr"]), Lang::Ko);
        assert_eq!(p(&[]), Lang::Ko);
        assert_eq!(p(&["x"]), Lang::Ko);
    }
}
