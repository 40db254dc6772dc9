//! Pinyin helpers shared by the dataset checks and the glossary search: tone-mark stripping and
//! splitting into syllables against the table of valid Mandarin syllables.

/// Valid toneless syllables (from the `pinyin` crate's readings of all CJK characters, less the
/// interjections hm, hng, m, n, ng and ê, which would let nonsense split). `ü` is written `v`.
const SYLLABLES: &str = "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fiao fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei len leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nia nian niang niao nie nin ning niu nong nou nu nuan nun nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo";

fn is_syllable(s: &str) -> bool {
    SYLLABLES.split(' ').any(|x| x == s)
}

/// Lowercases and removes tone marks; `ü` becomes `v` (the usual keyboard spelling).
pub fn strip_tones(s: &str) -> String {
    s.chars()
        .map(|c| {
            let base = match c {
                'ā' | 'á' | 'ǎ' | 'à' | 'Ā' | 'Á' | 'Ǎ' | 'À' => 'a',
                'ē' | 'é' | 'ě' | 'è' | 'Ē' | 'É' | 'Ě' | 'È' => 'e',
                'ī' | 'í' | 'ǐ' | 'ì' | 'Ī' | 'Í' | 'Ǐ' | 'Ì' => 'i',
                'ō' | 'ó' | 'ǒ' | 'ò' | 'Ō' | 'Ó' | 'Ǒ' | 'Ò' => 'o',
                'ū' | 'ú' | 'ǔ' | 'ù' | 'Ū' | 'Ú' | 'Ǔ' | 'Ù' => 'u',
                'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' | 'ü' | 'Ü' | 'Ǖ' | 'Ǘ' | 'Ǚ' | 'Ǜ' => 'v',
                other => other,
            };
            // ASCII folding is enough: toned capitals are mapped above, and Hangul and hanzi
            // have no case (full Unicode case tables would cost ~10 KB of wasm).
            base.to_ascii_lowercase()
        })
        .collect()
}

/// Splits written pinyin ("Hā'ěrbīn Shěng", "Zhōng-Hán") into its syllables, keeping tone marks
/// and case as written. Words are split at spaces, hyphens and apostrophes, then each word is cut
/// into valid syllables (longest first, backtracking). `None` if some word is not pinyin.
pub fn syllables(written: &str) -> Option<Vec<String>> {
    let mut out = Vec::new();
    for word in written
        .split([' ', '-', '\'', '’'])
        .filter(|w| !w.is_empty())
    {
        let plain: Vec<char> = strip_tones(word).chars().collect();
        let orig: Vec<char> = word.chars().collect();
        if plain.len() != orig.len() {
            return None;
        }
        let cuts = split_word(&plain, true)?;
        let mut at = 0;
        for len in cuts {
            out.push(orig[at..at + len].iter().collect());
            at += len;
        }
    }
    Some(out)
}

/// Pinyin writes an apostrophe before a syllable starting with a, o or e inside a word, so such a
/// syllable can only start a word: "jìnéngrén" is ji-neng-ren, never jin-eng-ren.
fn split_word(chars: &[char], word_start: bool) -> Option<Vec<usize>> {
    if chars.is_empty() {
        return Some(Vec::new());
    }
    if !word_start && matches!(chars[0], 'a' | 'o' | 'e') {
        return None;
    }
    for len in (1..=chars.len().min(6)).rev() {
        let head: String = chars[..len].iter().collect();
        if is_syllable(&head) {
            if let Some(mut rest) = split_word(&chars[len..], false) {
                rest.insert(0, len);
                return Some(rest);
            }
        }
    }
    None
}

/// The form used to compare pinyin in search: toneless, no separators ("Hā'ěrbīn" → "haerbin").
pub fn compact(s: &str) -> String {
    strip_tones(s)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}
