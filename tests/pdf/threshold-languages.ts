import type { PlanContent } from "../../templates/csecy-safety-plan";
/*
 * Phrases in each of Los Angeles County's threshold languages, written for the print tests: the
 * kind of thing a youth writes in a plan (people's names, places, a phone number, a line of their
 * own), with numbers and English mixed in, and right-to-left text with left-to-right inside.
 * `names` fit the pocket card's name line (28 characters) and `lines` its contact line (44), so
 * every copy prints them whole; `sentences` are longer answers.
 */

export interface LanguagePhrases {
  /** BCP 47 tag. */
  tag: string;
  name: string;
  names: readonly [string, string, string];
  lines: readonly [string, string, string];
  sentences: readonly [string, string];
}

export const THRESHOLD_LANGUAGES: readonly LanguagePhrases[] = [
  {
    tag: "ar",
    name: "Arabic",
    names: ["حي الملك فهد", "خالتي فاطمة", "أبو يوسف"],
    lines: ["اتصل بـ Maria على 555-0142", "شارع 7، مبنى 12 (الطابق 3)", "مسؤولة المدرسة: Ms. Chen"],
    sentences: ["أذهب إلى مكتبة الحي كل يوم بعد المدرسة، وأشعر هناك بسلام.", "شكرا لأختي التي تساعدني دائما، رقمها 213-555-0187."],
  },
  {
    tag: "hy",
    name: "Armenian",
    names: ["Տատիկ Անահիտ", "Արամ", "Քույրս Նարե"],
    lines: ["Գլենդեյլ, Բրենդ փողոց 214", "Զանգիր ինձ 818-555-0123", "Դպրոցի գրադարանը"],
    sentences: ["Ես ինձ ապահով եմ զգում տատիկիս տանը։", "Ամեն օր դպրոցից հետո գնում եմ գրադարան։"],
  },
  {
    tag: "km",
    name: "Khmer",
    names: ["បងស្រី សុភា", "លោកយាយ ចាន់", "មិត្ត ដារ៉ា"],
    lines: ["ផ្ទះលេខ ១២ ផ្លូវ Anaheim", "ទូរស័ព្ទ 562-555-0199", "វត្តខ្មែរ នៅ Long Beach"],
    sentences: ["ខ្ញុំមានអារម្មណ៍សុខសប្បាយនៅផ្ទះបងស្រីរបស់ខ្ញុំ។", "ខ្ញុំស្តាប់តន្ត្រី ពេលខ្ញុំមិនសប្បាយចិត្ត។"],
  },
  {
    tag: "zh-Hant",
    name: "Chinese (traditional)",
    names: ["陳阿姨", "林老師", "我的表姐美玲"],
    lines: ["蒙特利公園市 Garvey 大道 123 號", "電話：626-555-0110", "圖書館（週一到週五）"],
    sentences: ["放學後我會去圖書館，那裡讓我覺得很安全。", "我難過的時候會聽音樂，也會打電話給姐姐。"],
  },
  {
    tag: "zh-Hans",
    name: "Chinese (simplified)",
    names: ["王奶奶", "张老师", "我的朋友小丽"],
    lines: ["阿罕布拉市 Main 街 45 号", "电话：626-555-0177", "社区中心（周六）"],
    sentences: ["放学后我去图书馆，那里让我觉得很安全。", "我难过的时候会听音乐，也会给姐姐打电话。"],
  },
  {
    tag: "en",
    name: "English",
    names: ["Auntie Rose", "Coach D", "Jay (my cousin)"],
    lines: ["Call 323-555-0101 after 6 pm", "MacArthur Park, 7th St & Alvarado", "Room 204, Building B 🎧"],
    sentences: ["I go to the library on 5th Street after school; it feels calm there.", "When I'm upset I text my cousin Jay at 323-555-0188."],
  },
  {
    tag: "fa",
    name: "Farsi",
    names: ["خاله مریم", "آقای رضایی", "دوستم نگار"],
    lines: ["خانه‌ی من در خیابان ونک است", "تلفن: ۰۹۱۲ ۳۴۵ ۶۷۸۹", "با Sara در پارک ۲۴ ساعته"],
    sentences: ["وقتی ناراحتم، به موسیقی گوش می‌دهم و با خواهرم حرف می‌زنم.", "کتابخانه‌ی محله ساعت ۹ صبح باز می‌شود."],
  },
  {
    tag: "ko",
    name: "Korean",
    names: ["이모 지은", "김 선생님", "친구 민준"],
    lines: ["코리아타운 윌셔 대로 3500", "전화 213-555-0145", "교회 (일요일 오전 10시)"],
    sentences: ["방과 후에는 도서관에 가요. 거기서는 마음이 편해요.", "힘들 때는 음악을 듣고 언니에게 전화해요."],
  },
  {
    tag: "ru",
    name: "Russian",
    names: ["Тётя Оля", "Бабушка Вера", "Друг Миша"],
    lines: ["Западный Голливуд, ул. Фэрфакс 7", "Телефон: 323-555-0166", "Библиотека (с 9:00 до 18:00)"],
    sentences: ["После школы я хожу в библиотеку, там мне спокойно.", "Когда мне грустно, я слушаю музыку и звоню сестре."],
  },
  {
    tag: "es",
    name: "Spanish",
    names: ["Mi tía Lupe", "Doña Carmen", "Güero (mi primo)"],
    lines: ["Llámame al 213-555-0133, ¿sí?", "Boyle Heights, Calle Primera #1820", "Parroquia de la Soledad"],
    sentences: ["Después de la escuela voy a la biblioteca; ahí me siento tranquila.", "Cuando estoy triste, escucho música y le hablo a mi hermana Ana."],
  },
  {
    tag: "tl",
    name: "Tagalog",
    names: ["Tita Baby", "Lola Nene", "Kuya Jun"],
    lines: ["Historic Filipinotown, Temple St 2200", "Tawagan mo ako sa 213-555-0150", "Simbahan tuwing Linggo"],
    sentences: ["Pagkatapos ng klase, pumupunta ako sa aklatan; payapa ako roon.", "Kapag malungkot ako, nakikinig ako ng musika at tinatawagan ko si Ate."],
  },
  {
    tag: "vi",
    name: "Vietnamese",
    names: ["Cô Ngọc", "Bà ngoại Hường", "Anh Tuấn"],
    lines: ["Phước Lộc Thọ, đường Bolsa 9200", "Gọi cho em: 714-555-0172", "Nhà thờ (Chủ nhật, 9 giờ)"],
    sentences: ["Sau giờ học, em đến thư viện; ở đó em thấy bình yên.", "Khi buồn, em nghe nhạc và gọi điện cho chị gái."],
  },
];

export const allPhrases = (l: LanguagePhrases): string[] => [...l.names, ...l.lines, ...l.sentences];

/**
 * A plan mixing every threshold language, as a youth and provider in Los Angeles might write it:
 * one person per language (name and how to reach them) and the answers in turn in each
 * language. For the benchmark's mixed-language mode.
 */
export function mixedLanguageContent(base: PlanContent): PlanContent {
  const answer = (i: number) => THRESHOLD_LANGUAGES[i % THRESHOLD_LANGUAGES.length]!.sentences[i % 2]!;
  const questions = Object.fromEntries(
    Object.entries(base.questions).map(([id, q], i) => [id, { ...q, text: answer(i) }]),
  ) as PlanContent["questions"];
  return {
    ...base,
    questions,
    people: {
      items: THRESHOLD_LANGUAGES.map((l, i) => ({
        id: `mixed-${i}`,
        nickname: l.names[0],
        relationship: l.names[1],
        contact: l.lines[i % 3]!,
        numberKept: "" as const,
        knowsSituation: i % 2 === 0,
        mightBeLinked: false,
        codeWord: l.names[2],
        codeWordMeaning: "",
        codeWordAction: "",
        keepOffPrint: false,
      })),
    },
  };
}
