"""Fictional demo data: enough organisations, services and languages to try every filter.

Every organisation, service, street address and person here is invented, and every record is
marked as demo (SPEC §2.7, domain brief caveat 4). Phone numbers come only from ranges kept for
fiction, so a tap on a demo number can never ring a real person.

The firewall statuses are not typed in: each arises from the policy answers, evidence dates and
sites below, exactly as it would for a real listing, so the demo also exercises the rule.
"""

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from modeltranslation.utils import build_localized_fieldname

from directory.models import (
    AddressVisibility,
    Area,
    City,
    Country,
    EnforcementPresence,
    Ethos,
    EvidenceSource,
    Language,
    Organisation,
    OrganisationType,
    Site,
    TriState,
)
from services.firewall import ShareLevel
from services.models import (
    AuthorityEnquiry,
    ConfidentialityPolicy,
    ContactKind,
    ContactPoint,
    CostPolicy,
    GenderFocus,
    IdRequirement,
    LanguageMode,
    OpeningSlot,
    Service,
    ServiceCategory,
    ServiceLanguage,
    StatusQuestion,
)

YES, NO, UNKNOWN = TriState.YES, TriState.NO, TriState.UNKNOWN
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
WEEKDAYS = (MON, TUE, WED, THU, FRI)
EVERY_DAY = tuple(range(7))

# Every translated field has one column per site language; text in any other code is a typo.
SITE_LANGUAGES = [code for code, _name in settings.LANGUAGES]


# ---- fictional phone numbers ------------------------------------------------------------------


def _in_fiction_range(n: int) -> int:
    if not 0 <= n <= 999:
        raise ValueError(f"{n} is outside the 1,000 numbers kept for fiction")
    return n


def london(n: int) -> str:
    """Ofcom keeps 020 7946 0000–0999 for drama: never a real line."""
    return f"020 7946 0{_in_fiction_range(n):03d}"


def manchester(n: int) -> str:
    """Ofcom's drama range 0161 496 0000–0999."""
    return f"0161 496 0{_in_fiction_range(n):03d}"


def glasgow(n: int) -> str:
    """Ofcom's drama range 0141 496 0000–0999."""
    return f"0141 496 0{_in_fiction_range(n):03d}"


def uk_mobile(n: int) -> str:
    """Ofcom's drama range for mobiles, 07700 900000–900999."""
    return f"07700 900{_in_fiction_range(n):03d}"


def paris(n: int) -> str:
    """ARCEP keeps 01 99 00 xx xx for fiction."""
    return f"01 99 00 {_in_fiction_range(n) // 100:02d} {n % 100:02d}"


def french_mobile(n: int) -> str:
    """ARCEP keeps 06 39 98 xx xx for fiction."""
    return f"06 39 98 {_in_fiction_range(n) // 100:02d} {n % 100:02d}"


# Germany, Spain, Norway and Thailand publish no range for fiction. The numbers below are test
# numbers built from runs of 0s and 9s so that they look fictitious; they were not checked against
# any operator's allocation and must never be dialled. They pass phonenumbers' length check only.


def berlin(n: int) -> str:
    """A fictitious-looking Berlin test number (see the note above)."""
    return f"030 99999 0{_in_fiction_range(n):03d}"


def madrid(n: int) -> str:
    """A fictitious-looking Madrid test number (see the note above)."""
    return f"910 000 {_in_fiction_range(n):03d}"


def oslo(n: int) -> str:
    """A fictitious-looking Oslo test number (see the note above)."""
    return f"22 00 0{_in_fiction_range(n) // 100} {n % 100:02d}"


def bangkok(n: int) -> str:
    """A fictitious-looking Bangkok test number (see the note above)."""
    return f"02 000 0{_in_fiction_range(n):03d}"


# ---- translated text --------------------------------------------------------------------------

# Language code → text. English is always present; a missing language falls back to English.
Text = Mapping[str, str]


def en(text: str) -> Text:
    """English only, so that the fallback to English shows on the translated pages."""
    return {"en": text}


def say(*keys: str) -> Text:
    """Sentences from the phrase bank, joined in every language that has all of them."""
    languages = set.intersection(*(set(PHRASES[key]) for key in keys))
    # Chinese runs sentences together; Thai, like the others, separates them with a space.
    return {
        language: ("" if language == "zh-hans" else " ").join(
            PHRASES[key][language] for key in keys
        )
        for language in languages
    }


def translated(field_name: str, text: Text) -> dict[str, str | None]:
    """Every language column of a translated field, so a rerun also clears dropped translations."""
    unknown = set(text) - set(SITE_LANGUAGES)
    if unknown:
        raise ValueError(f"{field_name}: no such site language {sorted(unknown)}")
    return {
        build_localized_fieldname(field_name, language): (
            text.get(language, "") if language == settings.LANGUAGE_CODE else text.get(language)
        )
        for language in SITE_LANGUAGES
    }


# Reader-facing sentences in English and the seven languages the demo translates into. Service
# texts are composed from them, so one careful translation serves every service that uses it.
# These translations were written by the developer, not reviewed by native speakers: good enough
# to show translated pages and fallbacks to English, not to publish.
PHRASES: dict[str, dict[str, str]] = {
    # ---- service names ----
    "name_walk_in": {
        "en": "Walk-in sexual health clinic",
        "es": "Clínica de salud sexual sin cita",
        "pt": "Clínica de saúde sexual sem marcação",
        "ro": "Clinică de sănătate sexuală fără programare",
        "bg": "Клиника за сексуално здраве без записване",
        "ru": "Клиника сексуального здоровья без записи",
        "zh-hans": "无需预约的性健康诊所",
        "th": "คลินิกสุขภาพทางเพศ ไม่ต้องนัดล่วงหน้า",
    },
    "name_romanian_evening": {
        "en": "Evening clinic in Romanian",
        "es": "Clínica de tarde en rumano",
        "pt": "Clínica ao fim do dia em romeno",
        "ro": "Clinică de seară în limba română",
        "bg": "Вечерна клиника на румънски",
        "ru": "Вечерний приём на румынском языке",
        "zh-hans": "罗马尼亚语晚间门诊",
        "th": "คลินิกช่วงเย็นภาษาโรมาเนีย",
    },
    "name_chinese_evening": {
        "en": "Evening clinic in Chinese",
        "es": "Clínica de tarde en chino",
        "pt": "Clínica ao fim do dia em chinês",
        "ro": "Clinică de seară în limba chineză",
        "bg": "Вечерна клиника на китайски",
        "ru": "Вечерний приём на китайском языке",
        "zh-hans": "中文晚间门诊",
        "th": "คลินิกช่วงเย็นภาษาจีน",
    },
    "name_contraception": {
        "en": "Contraception clinic",
        "es": "Consulta de anticoncepción",
        "pt": "Consulta de contraceção",
        "ro": "Cabinet de contracepție",
        "bg": "Консултация за контрацепция",
        "ru": "Приём по контрацепции",
        "zh-hans": "避孕门诊",
        "th": "คลินิกคุมกำเนิด",
    },
    "name_hiv_hepatitis": {
        "en": "HIV and hepatitis testing",
        "es": "Pruebas de VIH y hepatitis",
        "pt": "Testes de VIH e hepatite",
        "ro": "Testare HIV și hepatită",
        "bg": "Изследване за ХИВ и хепатит",
        "ru": "Тестирование на ВИЧ и гепатит",
        "zh-hans": "艾滋病毒和肝炎检测",
        "th": "ตรวจเอชไอวีและไวรัสตับอักเสบ",
    },
    "name_gp": {
        "en": "Register with a family doctor (GP)",
        "es": "Inscribirse con un médico de cabecera",
        "pt": "Inscrever-se num médico de família",
        "ro": "Înscrierea la un medic de familie",
        "bg": "Регистрация при личен лекар",
        "ru": "Прикрепление к семейному врачу (GP)",
        "zh-hans": "登记家庭医生（GP）",
        "th": "ลงทะเบียนกับแพทย์ประจำครอบครัว (GP)",
    },
    "name_hospital_hepatitis": {
        "en": "Hepatitis clinic at the hospital",
        "es": "Consulta de hepatitis en el hospital",
        "pt": "Consulta de hepatite no hospital",
        "ro": "Clinica de hepatită din spital",
        "bg": "Клиника за хепатит в болницата",
        "ru": "Приём по гепатиту в больнице",
        "zh-hans": "医院肝炎门诊",
        "th": "คลินิกโรคตับอักเสบที่โรงพยาบาล",
    },
    "name_outreach": {
        "en": "Outreach visits to where you work",
        "es": "Visitas a tu lugar de trabajo",
        "pt": "Visitas ao seu local de trabalho",
        "ro": "Vizite la locul tău de muncă",
        "bg": "Посещения на мястото, където работиш",
        "ru": "Выезды туда, где вы работаете",
        "zh-hans": "到你工作的地方上门探访",
        "th": "ทีมงานไปเยี่ยมถึงที่ทำงานของคุณ",
    },
    "name_drop_in": {
        "en": "Drop-in for sex workers",
        "es": "Espacio abierto para personas que hacen trabajo sexual",
        "pt": "Espaço aberto para quem faz trabalho sexual",
        "ro": "Centru deschis pentru lucrători sexuali",
        "bg": "Отворен център за секс работници",
        "ru": "Открытый центр для секс-работников",
        "zh-hans": "性工作者开放中心",
        "th": "ศูนย์แวะพักสำหรับพนักงานบริการ",
    },
    "name_report_violence": {
        "en": "Report violence without going to the police",
        "es": "Denuncia la violencia sin ir a la policía",
        "pt": "Denuncie a violência sem ir à polícia",
        "ro": "Raportează violența fără să mergi la poliție",
        "bg": "Съобщи за насилие, без да ходиш в полицията",
        "ru": "Сообщите о насилии, не обращаясь в полицию",
        "zh-hans": "不去警察局也能举报暴力",
        "th": "แจ้งเรื่องความรุนแรงโดยไม่ต้องไปสถานีตำรวจ",
    },
    "name_english": {
        "en": "Free English classes",
        "es": "Clases de inglés gratuitas",
        "pt": "Aulas de inglês gratuitas",
        "ro": "Cursuri gratuite de limba engleză",
        "bg": "Безплатни курсове по английски",
        "ru": "Бесплатные уроки английского языка",
        "zh-hans": "免费英语课",
        "th": "เรียนภาษาอังกฤษฟรี",
    },
    "name_immigration_advice": {
        "en": "Free immigration advice",
        "es": "Asesoría de inmigración gratuita",
        "pt": "Aconselhamento gratuito sobre imigração",
        "ro": "Consiliere gratuită în probleme de imigrație",
        "bg": "Безплатни консултации по имиграционни въпроси",
        "ru": "Бесплатные консультации по иммиграционным вопросам",
        "zh-hans": "免费移民咨询",
        "th": "คำปรึกษาด้านการเข้าเมืองฟรี",
    },
    "name_asylum_support": {
        "en": "Help with asylum support",
        "es": "Ayuda con el apoyo para solicitantes de asilo",
        "pt": "Ajuda com o apoio a requerentes de asilo",
        "ro": "Ajutor pentru sprijinul acordat solicitanților de azil",
        "bg": "Помощ за подкрепа при търсене на убежище",
        "ru": "Помощь в получении поддержки для просителей убежища",
        "zh-hans": "申请寻求庇护者援助的帮助",
        "th": "ช่วยเหลือเรื่องสิทธิ์รับความช่วยเหลือของผู้ขอลี้ภัย",
    },
    "name_after_violence": {
        "en": "Support for women after violence",
        "es": "Apoyo para mujeres después de sufrir violencia",
        "pt": "Apoio a mulheres depois de sofrerem violência",
        "ro": "Sprijin pentru femei după violență",
        "bg": "Подкрепа за жени след насилие",
        "ru": "Поддержка для женщин, переживших насилие",
        "zh-hans": "为遭受暴力的女性提供支持",
        "th": "ความช่วยเหลือสำหรับผู้หญิงที่เผชิญความรุนแรง",
    },
    "name_safe_house": {
        "en": "Safe house after trafficking",
        "es": "Casa segura para víctimas de trata",
        "pt": "Casa de abrigo para vítimas de tráfico",
        "ro": "Casă sigură pentru victimele traficului",
        "bg": "Защитено жилище за пострадали от трафик",
        "ru": "Безопасный приют для пострадавших от торговли людьми",
        "zh-hans": "人口贩卖受害者安全屋",
        "th": "บ้านพักปลอดภัยสำหรับผู้เสียหายจากการค้ามนุษย์",
    },
    "name_phone_interpreter": {
        "en": "Interpreter by phone",
        "es": "Intérprete por teléfono",
        "pt": "Intérprete por telefone",
        "ro": "Interpret prin telefon",
        "bg": "Преводач по телефона",
        "ru": "Переводчик по телефону",
        "zh-hans": "电话口译",
        "th": "ล่ามทางโทรศัพท์",
    },
    "name_evening_helpline": {
        "en": "Evening helpline",
        "es": "Línea de ayuda por las noches",
        "pt": "Linha de apoio à noite",
        "ro": "Linie telefonică de sprijin seara",
        "bg": "Вечерна телефонна линия за помощ",
        "ru": "Вечерняя телефонная линия помощи",
        "zh-hans": "晚间求助热线",
        "th": "สายด่วนช่วงเย็น",
    },
    "name_trans_health": {
        "en": "Trans health clinic",
        "es": "Clínica de salud trans",
        "pt": "Clínica de saúde trans",
        "ro": "Clinică de sănătate pentru persoanele trans",
        "bg": "Клиника за здраве на транс хора",
        "ru": "Клиника здоровья для трансгендерных людей",
        "zh-hans": "跨性别健康门诊",
        "th": "คลินิกสุขภาพคนข้ามเพศ",
    },
    "name_papers_advice": {
        "en": "Advice about your papers",
        "es": "Asesoría sobre tus papeles",
        "pt": "Aconselhamento sobre os seus documentos",
        "ro": "Consiliere despre actele tale",
        "bg": "Съвети за твоите документи",
        "ru": "Консультации по вашим документам",
        "zh-hans": "证件问题咨询",
        "th": "คำปรึกษาเรื่องเอกสารของคุณ",
    },
    # ---- what a service does ----
    "free_tests": {
        "en": "Free, confidential tests and treatment for sexual infections.",
        "es": (
            "Pruebas y tratamiento gratuitos y confidenciales para infecciones de transmisión "
            "sexual."
        ),
        "pt": (
            "Testes e tratamento gratuitos e confidenciais para infeções sexualmente "
            "transmissíveis."
        ),
        "ro": (
            "Teste și tratament gratuite și confidențiale pentru infecțiile cu transmitere sexuală."
        ),
        "bg": "Безплатни и поверителни изследвания и лечение на полово предавани инфекции.",
        "ru": (
            "Бесплатные и конфиденциальные анализы и лечение инфекций, передающихся половым путём."
        ),
        "zh-hans": "免费、保密的性传播感染检测和治疗。",
        "th": "ตรวจและรักษาโรคติดต่อทางเพศสัมพันธ์ฟรีและเป็นความลับ",
    },
    "no_papers": {
        "en": "You do not need a passport, ID or an address.",
        "es": "No necesitas pasaporte, documento de identidad ni dirección.",
        "pt": "Não precisa de passaporte, documento de identidade nem morada.",
        "ro": "Nu ai nevoie de pașaport, act de identitate sau adresă.",
        "bg": "Не ти трябват паспорт, лична карта или адрес.",
        "ru": "Паспорт, удостоверение личности и адрес не нужны.",
        "zh-hans": "不需要护照、身份证件或地址。",
        "th": "ไม่ต้องใช้หนังสือเดินทาง บัตรประจำตัว หรือที่อยู่",
    },
    "working_name": {
        "en": "You can give a working name.",
        "es": "Puedes dar un nombre de trabajo.",
        "pt": "Pode usar um nome de trabalho.",
        "ro": "Poți folosi un nume de lucru.",
        "bg": "Можеш да дадеш работно име.",
        "ru": "Можно назвать рабочее имя.",
        "zh-hans": "你可以使用工作名。",
        "th": "คุณใช้ชื่อที่ใช้ทำงานได้",
    },
    "interpreter_free": {
        "en": "An interpreter is free; ask when you arrive.",
        "es": "El servicio de intérprete es gratuito; pídelo al llegar.",
        "pt": "O intérprete é gratuito; peça quando chegar.",
        "ro": "Interpretul este gratuit; cere unul când ajungi.",
        "bg": "Преводачът е безплатен; поискай при пристигане.",
        "ru": "Услуги переводчика бесплатны; попросите, когда придёте.",
        "zh-hans": "口译服务免费，到达时请提出。",
        "th": "มีล่ามให้ฟรี ขอได้เมื่อมาถึง",
    },
    "romanian_session": {
        "en": "A Romanian-speaking adviser and an interpreter are here for the whole session.",
        "es": "Un asesor que habla rumano y un intérprete están presentes durante toda la sesión.",
        "pt": (
            "Um conselheiro que fala romeno e um intérprete estão presentes durante toda a sessão."
        ),
        "ro": (
            "Un consilier vorbitor de limba română și un interpret sunt prezenți pe toată durata "
            "sesiunii."
        ),
        "bg": "Консултант, който говори румънски, и преводач присъстват през цялата сесия.",
        "ru": "Консультант, говорящий по-румынски, и переводчик работают всё время приёма.",
        "zh-hans": "整个门诊期间都有会讲罗马尼亚语的顾问和口译员在场。",
        "th": "มีเจ้าหน้าที่ที่พูดภาษาโรมาเนียและล่ามอยู่ตลอดช่วงคลินิก",
    },
    "chinese_session": {
        "en": "A Chinese-speaking adviser and an interpreter are here for the whole session.",
        "es": "Un asesor que habla chino y un intérprete están presentes durante toda la sesión.",
        "pt": (
            "Um conselheiro que fala chinês e um intérprete estão presentes durante toda a sessão."
        ),
        "ro": (
            "Un consilier vorbitor de limba chineză și un interpret sunt prezenți pe toată durata "
            "sesiunii."
        ),
        "bg": "Консултант, който говори китайски, и преводач присъстват през цялата сесия.",
        "ru": "Консультант, говорящий по-китайски, и переводчик работают всё время приёма.",
        "zh-hans": "整个门诊期间都有会讲中文的顾问和口译员在场。",
        "th": "มีเจ้าหน้าที่ที่พูดภาษาจีนและล่ามอยู่ตลอดช่วงคลินิก",
    },
    "contraception": {
        "en": "Free contraception, including the pill, implants and emergency contraception.",
        "es": (
            "Anticoncepción gratuita, incluida la píldora, el implante y la anticoncepción de "
            "emergencia."
        ),
        "pt": "Contraceção gratuita, incluindo a pílula, o implante e a contraceção de emergência.",
        "ro": "Contracepție gratuită, inclusiv pilula, implantul și contracepția de urgență.",
        "bg": "Безплатна контрацепция, включително хапчета, импланти и спешна контрацепция.",
        "ru": "Бесплатная контрацепция, включая таблетки, импланты и экстренную контрацепцию.",
        "zh-hans": "免费避孕服务，包括避孕药、皮下埋植和紧急避孕。",
        "th": "บริการคุมกำเนิดฟรี รวมถึงยาเม็ดคุมกำเนิด ยาฝังคุมกำเนิด และการคุมกำเนิดฉุกเฉิน",
    },
    "hiv_tests": {
        "en": "Free HIV, hepatitis B and hepatitis C tests, with results in one week.",
        "es": "Pruebas gratuitas de VIH, hepatitis B y hepatitis C, con resultados en una semana.",
        "pt": "Testes gratuitos de VIH, hepatite B e hepatite C, com resultados numa semana.",
        "ro": "Teste gratuite pentru HIV, hepatita B și hepatita C, cu rezultate într-o săptămână.",
        "bg": "Безплатни изследвания за ХИВ, хепатит B и хепатит C с резултати до една седмица.",
        "ru": "Бесплатные анализы на ВИЧ, гепатит B и гепатит C, результаты через неделю.",
        "zh-hans": "免费检测艾滋病毒、乙肝和丙肝，一周内出结果。",
        "th": "ตรวจเอชไอวี ไวรัสตับอักเสบบีและซีฟรี รู้ผลภายในหนึ่งสัปดาห์",
    },
    "hepatitis_b_vaccine": {
        "en": "You can start or finish a course of hepatitis B vaccination here.",
        "es": "Aquí puedes empezar o terminar la vacunación contra la hepatitis B.",
        "pt": "Aqui pode começar ou terminar a vacinação contra a hepatite B.",
        "ro": "Aici poți începe sau termina vaccinarea împotriva hepatitei B.",
        "bg": "Тук можеш да започнеш или завършиш ваксинацията срещу хепатит B.",
        "ru": "Здесь можно начать или закончить курс прививок от гепатита B.",
        "zh-hans": "你可以在这里开始或完成乙肝疫苗接种。",
        "th": "เริ่มหรือฉีดวัคซีนไวรัสตับอักเสบบีให้ครบได้ที่นี่",
    },
    "family_doctor": {
        "en": "A family doctor for everyday health problems. Registering is free.",
        "es": (
            "Un médico de cabecera para los problemas de salud de cada día. Inscribirse es gratis."
        ),
        "pt": (
            "Um médico de família para os problemas de saúde do dia a dia. A inscrição é gratuita."
        ),
        "ro": (
            "Un medic de familie pentru problemele de sănătate de zi cu zi. Înscrierea este "
            "gratuită."
        ),
        "bg": "Личен лекар за ежедневни здравословни проблеми. Регистрацията е безплатна.",
        "ru": "Семейный врач для повседневных проблем со здоровьем. Прикрепление бесплатное.",
        "zh-hans": "家庭医生处理日常健康问题，登记免费。",
        "th": "แพทย์ประจำครอบครัวสำหรับปัญหาสุขภาพทั่วไป ลงทะเบียนฟรี",
    },
    "gp_asks_nothing": {
        "en": "The practice does not ask for ID, proof of address or immigration status.",
        "es": (
            "El centro no pide documento de identidad, justificante de domicilio ni situación "
            "migratoria."
        ),
        "pt": (
            "O centro não pede documento de identidade, comprovativo de morada nem situação "
            "migratória."
        ),
        "ro": "Cabinetul nu cere act de identitate, dovada adresei sau statutul de imigrare.",
        "bg": "Практиката не иска лична карта, доказателство за адрес или имиграционен статут.",
        "ru": (
            "В клинике не спрашивают удостоверение личности, подтверждение адреса или "
            "иммиграционный статус."
        ),
        "zh-hans": "诊所不要求身份证件、住址证明或移民身份。",
        "th": "คลินิกไม่ขอดูบัตรประจำตัว หลักฐานที่อยู่ หรือสถานะการเข้าเมือง",
    },
    "hospital_may_charge": {
        "en": "Some hospital treatment costs money if you do not have the right papers.",
        "es": "Algunos tratamientos en el hospital se cobran si no tienes los papeles adecuados.",
        "pt": "Alguns tratamentos hospitalares são pagos se não tiver os documentos necessários.",
        "ro": "Unele tratamente din spital costă bani dacă nu ai actele potrivite.",
        "bg": "Някои болнични лечения се заплащат, ако нямаш нужните документи.",
        "ru": "Некоторое лечение в больнице платное, если у вас нет нужных документов.",
        "zh-hans": "如果你没有合适的证件，部分医院治疗需要付费。",
        "th": "การรักษาบางอย่างในโรงพยาบาลต้องเสียเงิน หากคุณไม่มีเอกสารที่ถูกต้อง",
    },
    "ask_project_first": {
        "en": "Talk to your project before you go: they can explain the costs and come with you.",
        "es": "Habla con tu proyecto antes de ir: te pueden explicar los costes y acompañarte.",
        "pt": "Fale com o seu projeto antes de ir: podem explicar os custos e ir consigo.",
        "ro": (
            "Vorbește cu proiectul tău înainte să mergi: îți pot explica costurile și pot merge cu "
            "tine."
        ),
        "bg": (
            "Говори с твоя проект, преди да отидеш: могат да ти обяснят разходите и да дойдат с "
            "теб."
        ),
        "ru": (
            "Поговорите со своим проектом заранее: там объяснят, сколько это стоит, и могут пойти "
            "с вами."
        ),
        "zh-hans": "去之前先和你的项目联系：他们可以解释费用，也可以陪你去。",
        "th": "คุยกับโครงการของคุณก่อนไป เจ้าหน้าที่อธิบายเรื่องค่าใช้จ่ายและไปเป็นเพื่อนได้",
    },
    "outreach_visits": {
        "en": (
            "Our team visits flats, parlours and saunas with condoms, health information and "
            "advice."
        ),
        "es": (
            "Nuestro equipo visita pisos, salones de masaje y saunas con preservativos, "
            "información de salud y asesoría."
        ),
        "pt": (
            "A nossa equipa visita apartamentos, casas de massagem e saunas com preservativos, "
            "informação de saúde e aconselhamento."
        ),
        "ro": (
            "Echipa noastră vizitează apartamente, saloane de masaj și saune cu prezervative, "
            "informații de sănătate și sfaturi."
        ),
        "bg": (
            "Нашият екип посещава апартаменти, масажни салони и сауни с презервативи, здравна "
            "информация и съвети."
        ),
        "ru": (
            "Наша команда приходит в квартиры, массажные салоны и сауны с презервативами, "
            "информацией о здоровье и советами."
        ),
        "zh-hans": "我们的团队会带着安全套、健康资料和建议到公寓、按摩院和桑拿探访。",
        "th": "ทีมของเราไปเยี่ยมตามห้องพัก ร้านนวด และซาวน่า พร้อมถุงยางอนามัย ข้อมูลสุขภาพ และคำแนะนำ",
    },
    "peer_staff": {
        "en": "Some of our staff have done sex work themselves.",
        "es": "Parte de nuestro equipo ha hecho trabajo sexual.",
        "pt": "Algumas pessoas da nossa equipa já fizeram trabalho sexual.",
        "ro": "Unii dintre colegii noștri au lucrat ei înșiși în industria sexului.",
        "bg": "Някои от нашия екип също са работили в секс индустрията.",
        "ru": "Некоторые наши сотрудники сами занимались секс-работой.",
        "zh-hans": "我们的一些工作人员自己也做过性工作。",
        "th": "เจ้าหน้าที่ของเราบางคนเคยเป็นพนักงานบริการมาก่อน",
    },
    "drop_in": {
        "en": "Come in for food, a shower, a chat and advice. No appointment needed.",
        "es": "Ven a comer, ducharte, charlar y recibir asesoría. No hace falta cita.",
        "pt": (
            "Venha comer, tomar banho, conversar e receber aconselhamento. Não precisa de marcação."
        ),
        "ro": "Vino pentru mâncare, un duș, o discuție și sfaturi. Nu ai nevoie de programare.",
        "bg": "Ела за храна, душ, разговор и съвет. Не е нужно записване.",
        "ru": "Приходите поесть, принять душ, поговорить и получить совет. Записываться не нужно.",
        "zh-hans": "欢迎来吃饭、洗澡、聊天和咨询，无需预约。",
        "th": "แวะมากินข้าว อาบน้ำ พูดคุย และขอคำแนะนำได้ ไม่ต้องนัดล่วงหน้า",
    },
    "report_violence": {
        "en": (
            "Tell us about a dangerous client or an attack. We warn other workers without giving "
            "your name."
        ),
        "es": (
            "Cuéntanos si un cliente es peligroso o si te han agredido. Avisamos a otras "
            "compañeras sin dar tu nombre."
        ),
        "pt": (
            "Conte-nos sobre um cliente perigoso ou uma agressão. Avisamos outras pessoas que "
            "trabalham sem dar o seu nome."
        ),
        "ro": (
            "Spune-ne despre un client periculos sau despre un atac. Îi avertizăm pe ceilalți "
            "lucrători fără să-ți dăm numele."
        ),
        "bg": (
            "Разкажи ни за опасен клиент или нападение. Предупреждаваме другите, без да казваме "
            "името ти."
        ),
        "ru": (
            "Расскажите нам об опасном клиенте или нападении. Мы предупредим других, не называя "
            "вашего имени."
        ),
        "zh-hans": "告诉我们危险的客人或遭到的袭击。我们会提醒其他工作者，但不会透露你的名字。",
        "th": "บอกเราเรื่องลูกค้าที่อันตรายหรือการถูกทำร้าย เราจะเตือนเพื่อนร่วมอาชีพโดยไม่เปิดเผยชื่อคุณ",
    },
    "police_only_if_asked": {
        "en": "We only go to the police if you ask us to.",
        "es": "Solo vamos a la policía si tú nos lo pides.",
        "pt": "Só vamos à polícia se nos pedir.",
        "ro": "Mergem la poliție doar dacă ne ceri tu.",
        "bg": "Отиваме в полицията само ако ти ни помолиш.",
        "ru": "Мы обращаемся в полицию, только если вы нас об этом попросите.",
        "zh-hans": "只有在你要求时，我们才会联系警察。",
        "th": "เราจะติดต่อตำรวจก็ต่อเมื่อคุณขอให้เราทำเท่านั้น",
    },
    "english_classes": {
        "en": "Small, friendly English classes for beginners and improvers, taught by peers.",
        "es": (
            "Clases de inglés en grupos pequeños y con buen ambiente, para principiantes y nivel "
            "medio, impartidas por personas de la comunidad."
        ),
        "pt": (
            "Aulas de inglês em grupos pequenos e acolhedores, para iniciantes e nível intermédio, "
            "dadas por pessoas da comunidade."
        ),
        "ro": (
            "Cursuri de engleză în grupuri mici și prietenoase, pentru începători și avansați, "
            "ținute de oameni din comunitate."
        ),
        "bg": (
            "Малки и приятелски курсове по английски за начинаещи и напреднали, водени от хора от "
            "общността."
        ),
        "ru": (
            "Небольшие дружелюбные группы английского для начинающих и продолжающих; ведут люди из "
            "сообщества."
        ),
        "zh-hans": "小班英语课，气氛友好，适合初学者和进阶学员，由社群伙伴授课。",
        "th": "ชั้นเรียนภาษาอังกฤษกลุ่มเล็ก บรรยากาศเป็นกันเอง สำหรับผู้เริ่มต้นและผู้ที่อยากเก่งขึ้น สอนโดยเพื่อนในชุมชน",
    },
    "immigration_advice": {
        "en": "Qualified advisers explain your rights and options and help with applications.",
        "es": (
            "Asesores acreditados te explican tus derechos y opciones y te ayudan con las "
            "solicitudes."
        ),
        "pt": (
            "Conselheiros qualificados explicam os seus direitos e opções e ajudam com os pedidos."
        ),
        "ro": "Consilieri calificați îți explică drepturile și opțiunile și te ajută cu cererile.",
        "bg": (
            "Квалифицирани консултанти ти обясняват правата и възможностите и помагат със "
            "заявленията."
        ),
        "ru": (
            "Квалифицированные консультанты объяснят ваши права и варианты и помогут с заявлениями."
        ),
        "zh-hans": "有资质的顾问会向你解释你的权利和选择，并帮助你递交申请。",
        "th": "ที่ปรึกษาที่มีคุณวุฒิจะอธิบายสิทธิและทางเลือกของคุณ และช่วยเรื่องการยื่นคำร้อง",
    },
    "never_tells_immigration": {
        "en": "We never give your details to immigration.",
        "es": "Nunca damos tus datos a inmigración.",
        "pt": "Nunca damos os seus dados aos serviços de imigração.",
        "ro": "Nu dăm niciodată datele tale autorităților de imigrație.",
        "bg": "Никога не даваме данните ти на имиграционните власти.",
        "ru": "Мы никогда не передаём ваши данные иммиграционным службам.",
        "zh-hans": "我们绝不会把你的信息交给移民部门。",
        "th": "เราไม่เคยให้ข้อมูลของคุณกับเจ้าหน้าที่ตรวจคนเข้าเมือง",
    },
    "asylum_support": {
        "en": "Help to apply for somewhere to live and money while your asylum claim is decided.",
        "es": "Ayuda para pedir alojamiento y dinero mientras se decide tu solicitud de asilo.",
        "pt": "Ajuda para pedir alojamento e dinheiro enquanto o seu pedido de asilo é decidido.",
        "ro": (
            "Ajutor pentru a cere un loc de locuit și bani cât timp se decide cererea ta de azil."
        ),
        "bg": "Помощ да поискаш жилище и пари, докато се решава молбата ти за убежище.",
        "ru": (
            "Помощь с заявлением на жильё и деньги, пока рассматривается ваше прошение об убежище."
        ),
        "zh-hans": "在庇护申请审理期间，帮助你申请住处和生活费。",
        "th": "ช่วยยื่นขอที่พักและเงินช่วยเหลือระหว่างรอผลคำขอลี้ภัย",
    },
    "after_violence": {
        "en": "Support in Turkish and English for women after violence at home or at work.",
        "es": (
            "Apoyo en turco y en inglés para mujeres que han sufrido violencia en casa o en el "
            "trabajo."
        ),
        "pt": (
            "Apoio em turco e inglês para mulheres que sofreram violência em casa ou no trabalho."
        ),
        "ro": (
            "Sprijin în turcă și engleză pentru femeile care au trecut prin violență acasă sau la "
            "muncă."
        ),
        "bg": "Подкрепа на турски и английски за жени, преживели насилие у дома или на работа.",
        "ru": (
            "Поддержка на турецком и английском для женщин, переживших насилие дома или на работе."
        ),
        "zh-hans": "用土耳其语和英语为在家中或工作中遭受暴力的女性提供支持。",
        "th": "ความช่วยเหลือเป็นภาษาตุรกีและภาษาอังกฤษ สำหรับผู้หญิงที่เผชิญความรุนแรงที่บ้านหรือที่ทำงาน",
    },
    "safe_house": {
        "en": "A safe place to stay for up to 45 days, with food, health care and advice.",
        "es": (
            "Un lugar seguro para quedarte hasta 45 días, con comida, atención sanitaria y "
            "asesoría."
        ),
        "pt": (
            "Um lugar seguro para ficar até 45 dias, com comida, cuidados de saúde e "
            "aconselhamento."
        ),
        "ro": (
            "Un loc sigur unde poți sta până la 45 de zile, cu mâncare, îngrijire medicală și "
            "sfaturi."
        ),
        "bg": "Безопасно място за престой до 45 дни, с храна, здравни грижи и съвети.",
        "ru": (
            "Безопасное жильё на срок до 45 дней, с питанием, медицинской помощью и консультациями."
        ),
        "zh-hans": "安全的住处，最长可住45天，提供食物、医疗和咨询。",
        "th": "ที่พักปลอดภัยได้นานถึง 45 วัน มีอาหาร การดูแลสุขภาพ และคำแนะนำ",
    },
    "cooperation_expected": {
        "en": "To stay, you are expected to give the police information about the traffickers.",
        "es": "Para quedarte, se espera que des información a la policía sobre los tratantes.",
        "pt": "Para ficar, espera-se que dê informações à polícia sobre os traficantes.",
        "ro": "Ca să poți rămâne, se așteaptă să dai poliției informații despre traficanți.",
        "bg": "За да останеш, се очаква да дадеш информация на полицията за трафикантите.",
        "ru": "Чтобы остаться, от вас ожидают, что вы дадите полиции сведения о торговцах людьми.",
        "zh-hans": "要住在这里，你需要向警方提供有关人贩子的信息。",
        "th": "หากจะพักที่นี่ คุณจะต้องให้ข้อมูลกับตำรวจเกี่ยวกับผู้ค้ามนุษย์",
    },
    "phone_interpreting": {
        "en": "A professional interpreter joins your call or appointment by phone.",
        "es": "Un intérprete profesional se une por teléfono a tu llamada o cita.",
        "pt": "Um intérprete profissional junta-se à sua chamada ou consulta por telefone.",
        "ro": "Un interpret profesionist se alătură apelului sau programării tale prin telefon.",
        "bg": "Професионален преводач се включва по телефона в разговора или в прегледа ти.",
        "ru": "Профессиональный переводчик подключается к вашему звонку или приёму по телефону.",
        "zh-hans": "专业口译员通过电话参与你的通话或预约。",
        "th": "ล่ามมืออาชีพจะร่วมสายหรือร่วมนัดหมายของคุณทางโทรศัพท์",
    },
    "helpline": {
        "en": "Talk to someone who understands sex work. You do not have to give your name.",
        "es": "Habla con alguien que entiende el trabajo sexual. No tienes que dar tu nombre.",
        "pt": "Fale com alguém que entende o trabalho sexual. Não precisa de dar o seu nome.",
        "ro": "Vorbește cu cineva care înțelege munca sexuală. Nu trebuie să-ți spui numele.",
        "bg": "Говори с някой, който разбира секс работата. Не е нужно да казваш името си.",
        "ru": "Поговорите с тем, кто понимает секс-работу. Называть своё имя не нужно.",
        "zh-hans": "和了解性工作的人聊聊。你不需要说出名字。",
        "th": "คุยกับคนที่เข้าใจงานบริการ ไม่ต้องบอกชื่อของคุณ",
    },
    "trans_care": {
        "en": (
            "Hormone advice, blood tests and care after surgery, with staff who respect your name "
            "and pronouns."
        ),
        "es": (
            "Asesoría sobre hormonas, análisis de sangre y cuidados después de una cirugía, con "
            "personal que respeta tu nombre y tus pronombres."
        ),
        "pt": (
            "Aconselhamento sobre hormonas, análises ao sangue e cuidados depois de cirurgias, com "
            "uma equipa que respeita o seu nome e os seus pronomes."
        ),
        "ro": (
            "Sfaturi despre hormoni, analize de sânge și îngrijire după operații, cu personal care "
            "îți respectă numele și pronumele."
        ),
        "bg": (
            "Съвети за хормони, кръвни изследвания и грижи след операция, от екип, който уважава "
            "името и местоименията ти."
        ),
        "ru": (
            "Консультации по гормонам, анализы крови и уход после операций; сотрудники уважают "
            "ваше имя и местоимения."
        ),
        "zh-hans": "提供激素咨询、验血和术后护理，工作人员尊重你的名字和代词。",
        "th": "ให้คำปรึกษาเรื่องฮอร์โมน ตรวจเลือด และดูแลหลังผ่าตัด โดยเจ้าหน้าที่ที่เคารพชื่อและสรรพนามของคุณ",
    },
    "papers_advice": {
        "en": "Advice about residence permits, registration and your rights as a migrant.",
        "es": (
            "Asesoría sobre permisos de residencia, empadronamiento y tus derechos como migrante."
        ),
        "pt": (
            "Aconselhamento sobre autorizações de residência, registo e os seus direitos como "
            "migrante."
        ),
        "ro": "Consiliere despre permisele de ședere, înregistrare și drepturile tale ca migrant.",
        "bg": "Съвети за разрешения за пребиваване, регистрация и правата ти като мигрант.",
        "ru": "Консультации о видах на жительство, регистрации и ваших правах как мигранта.",
        "zh-hans": "咨询居留许可、登记以及你作为移民的权利。",
        "th": "ให้คำปรึกษาเรื่องใบอนุญาตพำนัก การลงทะเบียน และสิทธิของคุณในฐานะแรงงานข้ามชาติ",
    },
    # ---- how to use it ----
    "walk_in_early": {
        "en": "Walk in and ask at reception. Come early: the clinic fills up quickly.",
        "es": "Ven sin cita y pregunta en recepción. Llega temprano: la clínica se llena rápido.",
        "pt": "Venha sem marcação e pergunte na receção. Chegue cedo: a clínica enche depressa.",
        "ro": (
            "Vino fără programare și întreabă la recepție. Vino devreme: clinica se umple repede."
        ),
        "bg": "Ела без записване и попитай на рецепцията. Ела рано: клиниката се пълни бързо.",
        "ru": (
            "Приходите без записи и обратитесь в регистратуру. Приходите пораньше: мест быстро не "
            "остаётся."
        ),
        "zh-hans": "直接前来，在前台询问。请早点到：诊所很快就会满。",
        "th": "มาได้เลยแล้วสอบถามที่เคาน์เตอร์ มาแต่เช้า เพราะคลินิกคนเต็มเร็ว",
    },
    "walk_in_or_text": {
        "en": "Walk in, or book by text message.",
        "es": "Ven sin cita o reserva por mensaje de texto.",
        "pt": "Venha sem marcação ou marque por SMS.",
        "ro": "Vino fără programare sau fă-ți o programare prin SMS.",
        "bg": "Ела без записване или се запиши с SMS.",
        "ru": "Приходите без записи или запишитесь по SMS.",
        "zh-hans": "可以直接前来，也可以发短信预约。",
        "th": "มาได้เลย หรือนัดหมายทาง SMS",
    },
    "phone_to_book": {
        "en": "Phone or text to book an appointment.",
        "es": "Llama o envía un mensaje para pedir cita.",
        "pt": "Ligue ou envie SMS para marcar uma consulta.",
        "ro": "Sună sau trimite un SMS ca să faci o programare.",
        "bg": "Обади се или изпрати SMS, за да си запишеш час.",
        "ru": "Позвоните или отправьте SMS, чтобы записаться.",
        "zh-hans": "打电话或发短信预约。",
        "th": "โทรหรือส่งข้อความเพื่อนัดหมาย",
    },
    "call_back": {
        "en": "Call or text us and we will call you back.",
        "es": "Llámanos o escríbenos y te devolvemos la llamada.",
        "pt": "Ligue-nos ou envie SMS e nós ligamos de volta.",
        "ro": "Sună-ne sau scrie-ne și te sunăm înapoi.",
        "bg": "Обади ни се или ни пиши и ние ще ти се обадим.",
        "ru": "Позвоните или напишите нам, и мы вам перезвоним.",
        "zh-hans": "给我们打电话或发短信，我们会回电。",
        "th": "โทรหรือส่งข้อความหาเรา แล้วเราจะโทรกลับ",
    },
    "just_come": {
        "en": "Just come along. You do not need to book.",
        "es": "Solo tienes que venir. No hace falta reservar.",
        "pt": "Basta aparecer. Não precisa de marcar.",
        "ro": "Doar vino. Nu trebuie să te înscrii dinainte.",
        "bg": "Просто ела. Не е нужно да се записваш.",
        "ru": "Просто приходите. Записываться заранее не нужно.",
        "zh-hans": "直接来就行，不需要预约。",
        "th": "มาได้เลย ไม่ต้องจองล่วงหน้า",
    },
    "referral_first": {
        "en": "A project or support worker phones first to make a referral.",
        "es": "Un proyecto o una persona de apoyo llama primero para hacer la derivación.",
        "pt": "Um projeto ou técnico de apoio telefona primeiro para fazer o encaminhamento.",
        "ro": "Un proiect sau un asistent social sună mai întâi ca să facă trimiterea.",
        "bg": "Проект или социален работник се обажда първо, за да направи насочване.",
        "ru": "Сначала проект или социальный работник звонит, чтобы направить вас.",
        "zh-hans": "需要先由项目或支援人员打电话转介。",
        "th": "โครงการหรือเจ้าหน้าที่ช่วยเหลือต้องโทรมาส่งต่อก่อน",
    },
    "ask_for_visit": {
        "en": "Call or text to ask for a visit.",
        "es": "Llama o escribe para pedir una visita.",
        "pt": "Ligue ou envie SMS para pedir uma visita.",
        "ro": "Sună sau scrie ca să ceri o vizită.",
        "bg": "Обади се или пиши, за да поискаш посещение.",
        "ru": "Позвоните или напишите, чтобы договориться о визите.",
        "zh-hans": "打电话或发短信请我们上门。",
        "th": "โทรหรือส่งข้อความเพื่อขอให้เราไปเยี่ยม",
    },
    # ---- who can use it ----
    "for_everyone": {
        "en": "Everyone, whatever their immigration status.",
        "es": "Todas las personas, sea cual sea su situación migratoria.",
        "pt": "Todas as pessoas, seja qual for a sua situação migratória.",
        "ro": "Oricine, indiferent de statutul de imigrare.",
        "bg": "Всеки, независимо от имиграционния статут.",
        "ru": "Все, независимо от иммиграционного статуса.",
        "zh-hans": "所有人，无论移民身份如何。",
        "th": "ทุกคน ไม่ว่าจะมีสถานะการเข้าเมืองแบบใด",
    },
    "for_women": {
        "en": "Women, including trans women, whatever their immigration status.",
        "es": "Mujeres, incluidas las mujeres trans, sea cual sea su situación migratoria.",
        "pt": "Mulheres, incluindo mulheres trans, seja qual for a sua situação migratória.",
        "ro": "Femei, inclusiv femei trans, indiferent de statutul de imigrare.",
        "bg": "Жени, включително транс жени, независимо от имиграционния статут.",
        "ru": "Женщины, включая трансгендерных женщин, независимо от иммиграционного статуса.",
        "zh-hans": "女性（包括跨性别女性），无论移民身份如何。",
        "th": "ผู้หญิง รวมถึงผู้หญิงข้ามเพศ ไม่ว่าจะมีสถานะการเข้าเมืองแบบใด",
    },
    "for_trans_people": {
        "en": "Trans and non-binary people, whatever their immigration status.",
        "es": "Personas trans y no binarias, sea cual sea su situación migratoria.",
        "pt": "Pessoas trans e não binárias, seja qual for a sua situação migratória.",
        "ro": "Persoane trans și non-binare, indiferent de statutul de imigrare.",
        "bg": "Транс и небинарни хора, независимо от имиграционния статут.",
        "ru": "Трансгендерные и небинарные люди, независимо от иммиграционного статуса.",
        "zh-hans": "跨性别和非二元性别人士，无论移民身份如何。",
        "th": "คนข้ามเพศและคนนอนไบนารี ไม่ว่าจะมีสถานะการเข้าเมืองแบบใด",
    },
    "for_sex_workers": {
        "en": "Anyone who sells or has sold sex, whatever their immigration status.",
        "es": (
            "Cualquier persona que hace o ha hecho trabajo sexual, sea cual sea su situación "
            "migratoria."
        ),
        "pt": (
            "Qualquer pessoa que faz ou já fez trabalho sexual, seja qual for a sua situação "
            "migratória."
        ),
        "ro": (
            "Oricine lucrează sau a lucrat în industria sexului, indiferent de statutul de "
            "imigrare."
        ),
        "bg": (
            "Всеки, който работи или е работил в секс индустрията, независимо от имиграционния "
            "статут."
        ),
        "ru": (
            "Все, кто занимается или занимался секс-работой, независимо от иммиграционного статуса."
        ),
        "zh-hans": "所有正在或曾经从事性工作的人，无论移民身份如何。",
        "th": "ทุกคนที่ทำหรือเคยทำงานบริการทางเพศ ไม่ว่าจะมีสถานะการเข้าเมืองแบบใด",
    },
    "for_trafficked_adults": {
        "en": "Adults who may have been trafficked, after a referral.",
        "es": "Personas adultas que pueden haber sido víctimas de trata, con derivación previa.",
        "pt": "Adultos que possam ter sido vítimas de tráfico, com encaminhamento prévio.",
        "ro": "Adulți care ar fi putut fi victime ale traficului, pe bază de trimitere.",
        "bg": "Пълнолетни, които може да са пострадали от трафик, след насочване.",
        "ru": "Взрослые, которые могли пострадать от торговли людьми, по направлению.",
        "zh-hans": "可能遭受人口贩卖的成年人，需经转介。",
        "th": "ผู้ใหญ่ที่อาจตกเป็นผู้เสียหายจากการค้ามนุษย์ โดยต้องมีการส่งต่อ",
    },
    "for_hospital_patients": {
        "en": "Everyone can be seen. Some people are charged, depending on their papers.",
        "es": "Atienden a todo el mundo. A algunas personas se les cobra, según sus papeles.",
        "pt": "Todas as pessoas são atendidas. Algumas pagam, dependendo dos seus documentos.",
        "ro": "Oricine poate fi consultat. Unele persoane plătesc, în funcție de acte.",
        "bg": "Всеки може да бъде прегледан. Някои плащат в зависимост от документите си.",
        "ru": "Принимают всех. С некоторых берут плату в зависимости от документов.",
        "zh-hans": "所有人都可以看诊。部分人需根据证件情况付费。",
        "th": "ทุกคนเข้ารับบริการได้ บางคนต้องเสียค่าใช้จ่าย ขึ้นอยู่กับเอกสาร",
    },
    "for_asylum_seekers": {
        "en": "People who have claimed asylum or are about to.",
        "es": "Personas que han pedido asilo o van a pedirlo.",
        "pt": "Pessoas que pediram asilo ou que vão pedir.",
        "ro": "Persoane care au cerut azil sau urmează să ceară.",
        "bg": "Хора, които са поискали убежище или предстои да поискат.",
        "ru": "Люди, которые подали или собираются подать прошение об убежище.",
        "zh-hans": "已经申请或即将申请庇护的人。",
        "th": "ผู้ที่ยื่นขอลี้ภัยแล้วหรือกำลังจะยื่น",
    },
    # ---- discreet card wording: nothing that names the service or its users ----
    "card_health": {
        "en": "Health appointments. Free and private.",
        "es": "Citas de salud. Gratis y privadas.",
        "pt": "Consultas de saúde. Gratuitas e privadas.",
        "ro": "Programări medicale. Gratuite și private.",
        "bg": "Здравни прегледи. Безплатно и поверително.",
        "ru": "Приём у врача. Бесплатно и конфиденциально.",
        "zh-hans": "健康预约，免费且保密。",
        "th": "นัดตรวจสุขภาพ ฟรีและเป็นส่วนตัว",
    },
    "card_tea": {
        "en": "Tea, a chat and a friendly face.",
        "es": "Un té, una charla y una cara amiga.",
        "pt": "Um chá, uma conversa e uma cara amiga.",
        "ro": "Un ceai, o discuție și o față prietenoasă.",
        "bg": "Чай, разговор и приятелско лице.",
        "ru": "Чай, беседа и доброжелательная компания.",
        "zh-hans": "喝杯茶，聊聊天，见见朋友。",
        "th": "จิบชา คุยกัน และเจอคนที่เป็นมิตร",
    },
    "card_classes": {
        "en": "Free classes. Everyone welcome.",
        "es": "Clases gratuitas. Todo el mundo es bienvenido.",
        "pt": "Aulas gratuitas. Todos são bem-vindos.",
        "ro": "Cursuri gratuite. Toată lumea este binevenită.",
        "bg": "Безплатни курсове. Всички са добре дошли.",
        "ru": "Бесплатные занятия. Приглашаем всех.",
        "zh-hans": "免费课程，欢迎所有人。",
        "th": "เรียนฟรี ยินดีต้อนรับทุกคน",
    },
    "card_advice": {
        "en": "Free, private advice.",
        "es": "Asesoría gratuita y privada.",
        "pt": "Aconselhamento gratuito e privado.",
        "ro": "Consiliere gratuită și privată.",
        "bg": "Безплатни и поверителни съвети.",
        "ru": "Бесплатная конфиденциальная консультация.",
        "zh-hans": "免费、保密的咨询。",
        "th": "คำปรึกษาฟรีและเป็นส่วนตัว",
    },
    "card_call": {
        "en": "Call any evening for a chat.",
        "es": "Llama cualquier noche para charlar.",
        "pt": "Ligue em qualquer noite para conversar.",
        "ro": "Sună în orice seară pentru o discuție.",
        "bg": "Обади се всяка вечер за разговор.",
        "ru": "Звоните любым вечером, чтобы поговорить.",
        "zh-hans": "每晚都可以打来聊聊。",
        "th": "โทรมาคุยได้ทุกเย็น",
    },
    # ---- confidentiality statements ----
    "never_tells_authorities": {
        "en": "We do not tell immigration or the police about you.",
        "es": "No informamos a inmigración ni a la policía sobre ti.",
        "pt": "Não damos informações sobre si aos serviços de imigração nem à polícia.",
        "ro": "Nu le spunem nimic despre tine autorităților de imigrație sau poliției.",
        "bg": "Не съобщаваме за теб на имиграционните власти или на полицията.",
        "ru": "Мы не сообщаем о вас ни в иммиграционные службы, ни в полицию.",
        "zh-hans": "我们不会把你的情况告诉移民部门或警察。",
        "th": "เราไม่แจ้งข้อมูลของคุณให้ตรวจคนเข้าเมืองหรือตำรวจ",
    },
    "legal_exceptions": {
        "en": (
            "We only share information if a child is at risk, if someone is likely to be seriously "
            "hurt, or if a court orders it."
        ),
        "es": (
            "Solo compartimos información si un menor está en riesgo, si es probable que alguien "
            "sufra un daño grave o si un juez lo ordena."
        ),
        "pt": (
            "Só partilhamos informações se uma criança estiver em risco, se for provável que "
            "alguém sofra danos graves ou se um tribunal o ordenar."
        ),
        "ro": (
            "Împărtășim informații doar dacă un copil este în pericol, dacă cineva riscă să fie "
            "grav rănit sau dacă o instanță dispune acest lucru."
        ),
        "bg": (
            "Споделяме информация само ако дете е в опасност, ако някой може сериозно да пострада "
            "или ако съдът го разпореди."
        ),
        "ru": (
            "Мы передаём информацию, только если ребёнок в опасности, если кому-то грозит "
            "серьёзный вред или если этого требует суд."
        ),
        "zh-hans": "只有在儿童面临危险、有人可能受到严重伤害或法院命令时，我们才会分享信息。",
        "th": "เราจะเปิดเผยข้อมูลเฉพาะเมื่อเด็กตกอยู่ในความเสี่ยง เมื่อมีคนอาจได้รับอันตรายร้ายแรง หรือเมื่อศาลสั่งเท่านั้น",
    },
    "terrorism_exception": {
        "en": "The law on terrorism can also require us to share.",
        "es": "La ley antiterrorista también puede obligarnos a compartirla.",
        "pt": "A lei antiterrorismo também nos pode obrigar a partilhar.",
        "ro": "Legea privind terorismul ne poate obliga, de asemenea, să le împărtășim.",
        "bg": "Законът за тероризма също може да ни задължи да я споделим.",
        "ru": "Закон о терроризме также может обязать нас это сделать.",
        "zh-hans": "反恐法律也可能要求我们分享。",
        "th": "กฎหมายต่อต้านการก่อการร้ายอาจบังคับให้เราเปิดเผยได้เช่นกัน",
    },
    "tell_you_first": {
        "en": "If we ever have to share, we tell you first if we can.",
        "es": "Si alguna vez tenemos que compartir algo, te lo decimos antes siempre que podamos.",
        "pt": "Se alguma vez tivermos de partilhar, avisamos primeiro sempre que possível.",
        "ro": "Dacă vreodată trebuie să împărtășim ceva, îți spunem înainte, dacă putem.",
        "bg": "Ако някога се наложи да споделим, първо ти казваме, ако е възможно.",
        "ru": (
            "Если нам всё же придётся что-то сообщить, мы по возможности заранее предупредим вас."
        ),
        "zh-hans": "如果必须分享，我们会尽可能先告诉你。",
        "th": "หากจำเป็นต้องเปิดเผยข้อมูล เราจะบอกคุณก่อนถ้าทำได้",
    },
    "asks_permission": {
        "en": "We ask your permission before we share anything else.",
        "es": "Te pedimos permiso antes de compartir cualquier otra cosa.",
        "pt": "Pedimos a sua autorização antes de partilhar qualquer outra coisa.",
        "ro": "Îți cerem permisiunea înainte să împărtășim orice altceva.",
        "bg": "Искаме разрешението ти, преди да споделим каквото и да е друго.",
        "ru": "Прежде чем передать что-либо ещё, мы спросим вашего согласия.",
        "zh-hans": "分享其他任何信息前，我们都会征求你的同意。",
        "th": "เราจะขออนุญาตคุณก่อนเปิดเผยข้อมูลอื่นใด",
    },
    "immigration_only_with_consent": {
        "en": "We do not pass your details to immigration without your agreement.",
        "es": "No pasamos tus datos a inmigración sin tu consentimiento.",
        "pt": "Não passamos os seus dados aos serviços de imigração sem o seu consentimento.",
        "ro": "Nu transmitem datele tale autorităților de imigrație fără acordul tău.",
        "bg": "Не предаваме данните ти на имиграционните власти без твоето съгласие.",
        "ru": "Мы не передаём ваши данные иммиграционным службам без вашего согласия.",
        "zh-hans": "未经你同意，我们不会把你的信息交给移民部门。",
        "th": "เราไม่ส่งข้อมูลของคุณให้ตรวจคนเข้าเมืองโดยไม่ได้รับความยินยอมจากคุณ",
    },
    "hospital_asks_papers": {
        "en": "The hospital may ask about your papers to decide the cost of treatment.",
        "es": (
            "El hospital puede preguntarte por tus papeles para decidir el coste del tratamiento."
        ),
        "pt": "O hospital pode perguntar pelos seus documentos para decidir o custo do tratamento.",
        "ro": "Spitalul te poate întreba de acte ca să stabilească costul tratamentului.",
        "bg": "Болницата може да те попита за документите ти, за да определи цената на лечението.",
        "ru": "Больница может спросить о ваших документах, чтобы определить стоимость лечения.",
        "zh-hans": "医院可能会询问你的证件，以决定治疗费用。",
        "th": "โรงพยาบาลอาจถามเรื่องเอกสารของคุณเพื่อกำหนดค่ารักษา",
    },
    "unpaid_bills_reported": {
        "en": "Unpaid hospital bills above a limit can be reported to the Home Office.",
        "es": (
            "Las facturas del hospital sin pagar por encima de cierto importe pueden comunicarse "
            "al Ministerio del Interior británico (Home Office)."
        ),
        "pt": (
            "As contas do hospital por pagar acima de um certo valor podem ser comunicadas ao "
            "Ministério do Interior britânico (Home Office)."
        ),
        "ro": (
            "Facturile de spital neplătite peste o anumită sumă pot fi raportate Ministerului de "
            "Interne britanic (Home Office)."
        ),
        "bg": (
            "Неплатени болнични сметки над определена сума може да бъдат съобщени на британското "
            "Министерство на вътрешните работи (Home Office)."
        ),
        "ru": (
            "О неоплаченных больничных счетах выше определённой суммы могут сообщить в МВД "
            "Великобритании (Home Office)."
        ),
        "zh-hans": "超过一定金额的未付医院账单可能会被报告给英国内政部（Home Office）。",
        "th": (
            "ค่ารักษาพยาบาลที่ค้างชำระเกินวงเงินที่กำหนดอาจถูกแจ้งไปยังกระทรวงมหาดไทยของสหราชอาณาจักร (Home "
            "Office)"
        ),
    },
}


# ---- how a record is described ----------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Evidence:
    """How a record was checked, with dates relative to the day the demo is loaded."""

    source: str
    verified_days_ago: int | None = None
    review_in_days: int | None = None

    def fields(self, today: datetime.date) -> dict:
        if self.verified_days_ago is None:
            verified_on = review_due = None
        else:
            verified_on = today - datetime.timedelta(days=self.verified_days_ago)
            review_due = today + datetime.timedelta(days=self.review_in_days)
        return {
            "evidence_source": self.source,
            "evidence_note": "Demo record: this check is invented.",
            "verified_on": verified_on,
            "review_due": review_due,
        }


WRITTEN_POLICY = Evidence(
    source=EvidenceSource.WRITTEN_POLICY, verified_days_ago=30, review_in_days=150
)
CONFIRMED = Evidence(
    source=EvidenceSource.CONFIRMED_BY_SERVICE, verified_days_ago=60, review_in_days=120
)
OBSERVED = Evidence(
    source=EvidenceSource.OBSERVED_BY_PROJECT, verified_days_ago=90, review_in_days=90
)
REPORTED = Evidence(
    source=EvidenceSource.REPORTED_BY_USERS, verified_days_ago=14, review_in_days=166
)
# Checked once, but the review date has passed: the status must decay to "not checked".
OVERDUE = Evidence(
    source=EvidenceSource.CONFIRMED_BY_SERVICE, verified_days_ago=400, review_in_days=-35
)
LITERATURE = Evidence(source=EvidenceSource.LITERATURE)
ASSUMED = Evidence(source=EvidenceSource.ASSUMED)


@dataclass(frozen=True)
class Lang:
    code: str
    mode: str
    note: str = ""


STAFF = LanguageMode.STAFF_SPEAK
ON_SITE = LanguageMode.INTERPRETER_ON_SITE
BY_PHONE = LanguageMode.TELEPHONE_INTERPRETING
SESSION = LanguageMode.LANGUAGE_SESSION
MEDIATOR = LanguageMode.CULTURAL_MEDIATOR
WRITTEN = LanguageMode.WRITTEN_MATERIALS
PEER = LanguageMode.PEER_INTERPRETER


@dataclass(frozen=True, kw_only=True)
class Slots:
    """The same opening hours on each of `days`; closing at or before opening runs past midnight."""

    days: tuple[int, ...]
    opens: str
    closes: str
    appointment_only: bool = False
    site: str = ""
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class Contact:
    kind: str
    value: str
    label: str = ""
    ask_for: str = ""
    on_card: bool = False


def phone(value: str, *, label: str = "", ask_for: str = "", on_card: bool = False) -> Contact:
    return Contact(
        kind=ContactKind.PHONE, value=value, label=label, ask_for=ask_for, on_card=on_card
    )


def sms(value: str, *, ask_for: str = "", on_card: bool = False) -> Contact:
    return Contact(kind=ContactKind.SMS, value=value, ask_for=ask_for, on_card=on_card)


def email(address: str) -> Contact:
    return Contact(kind=ContactKind.EMAIL, value=address)


def web(url: str) -> Contact:
    return Contact(kind=ContactKind.WEB, value=url)


@dataclass(frozen=True, kw_only=True)
class SiteSpec:
    key: str
    label: str
    visibility: str = AddressVisibility.PUBLIC
    address: str = ""
    postcode: str = ""
    area: str = ""
    presence: str = EnforcementPresence.NONE_KNOWN
    discreet: str = UNKNOWN
    transport: str = ""
    front_gate_phone: str = ""
    front_gate_note: str = ""


@dataclass(frozen=True, kw_only=True)
class PolicySpec:
    key: str
    title: str
    answers: Mapping[str, object]
    evidence: Evidence
    default: bool = True
    statement: Text = field(default_factory=dict)
    known_incidents: str = ""


@dataclass(frozen=True, kw_only=True)
class ServiceSpec:
    slug: str
    name: Text
    category: str
    description: Text
    how_to_access: Text
    eligibility: Text
    # Neutral words for the referral card: no service type, nothing a controller would question.
    card: Text
    charged_elements: Text = field(default_factory=dict)
    cost: str = CostPolicy.FREE_FOR_ALL
    gender: str = GenderFocus.EVERYONE
    min_age: int | None = None
    sites: tuple[str, ...] = ()
    # A policy key of the organisation; empty follows the organisation's default policy.
    policy: str = ""
    # Empty: checked when and as the organisation was.
    evidence: Evidence | None = None
    walk_in: bool = False
    by_appointment: bool = False
    outreach: bool = False
    by_phone: bool = False
    online: bool = False
    always_open: bool = False
    requires_cooperation: str = NO
    requires_exit_commitment: str = NO
    max_stay_days: int | None = None
    languages: tuple[Lang, ...] = ()
    slots: tuple[Slots, ...] = ()
    contacts: tuple[Contact, ...] = ()
    staff_notes: str = ""


@dataclass(frozen=True, kw_only=True)
class OrganisationSpec:
    slug: str
    name: str
    org_type: str
    city: str
    description: Text
    evidence: Evidence
    sex_worker_led: str = NO
    peer_staff: str = UNKNOWN
    migrant_staff: str = UNKNOWN
    ethos: str = Ethos.UNKNOWN
    government_linked: str = NO
    website: str = ""
    sites: tuple[SiteSpec, ...] = ()
    policies: tuple[PolicySpec, ...] = ()
    services: tuple[ServiceSpec, ...] = ()


# ---- policy answers ---------------------------------------------------------------------------

# A clinic that keeps people's data from immigration and police, save for the legal exceptions.
KEEPS_CONFIDENCE = {
    "involves_authorities_at_first_contact": NO,
    "shares_with_immigration": ShareLevel.NEVER,
    "shares_with_police": ShareLevel.STATUTORY_ONLY,
    "shares_with_home_country": ShareLevel.NEVER,
    "shares_with_family": ShareLevel.NEVER,
    "reports_unpaid_charges": NO,
    "response_to_authority_enquiry": AuthorityEnquiry.REFUSES,
    "consent_before_sharing": YES,
    "informs_before_disclosure": YES,
    "exception_under_18": True,
    "exception_risk_of_harm": True,
    "exception_terrorism": True,
    "exception_court_order": True,
    "asks_immigration_status": StatusQuestion.NEVER,
    "id_requirement": IdRequirement.NONE,
    "real_name_required": NO,
    "accepts_working_name": YES,
    "address_required": NO,
}
# A peer project goes to the police only when the person asks it to.
PEER_LED = {
    **KEEPS_CONFIDENCE,
    "shares_with_police": ShareLevel.WITH_CONSENT,
    "response_to_authority_enquiry": AuthorityEnquiry.REFERS_TO_SOLICITOR,
    "exception_terrorism": False,
}
# Advisers must know someone's status to advise on it, and keep it under legal privilege.
LEGAL_ADVICE = {
    **PEER_LED,
    "shares_with_police": ShareLevel.STATUTORY_ONLY,
    "asks_immigration_status": StatusQuestion.ASKS_AND_RECORDS,
    "id_requirement": IdRequirement.OPTIONAL,
    "real_name_required": YES,
    "accepts_working_name": NO,
}
# A hospital that checks papers to set the cost and may report unpaid bills.
CHARGES_BY_STATUS = {
    **KEEPS_CONFIDENCE,
    "shares_with_immigration": ShareLevel.STATUTORY_ONLY,
    "reports_unpaid_charges": YES,
    "asks_immigration_status": StatusQuestion.FOR_CHARGING_ONLY,
    "id_requirement": IdRequirement.OPTIONAL,
    "real_name_required": YES,
    "accepts_working_name": NO,
    "address_required": YES,
}
# A safe house: nothing passes to the authorities without consent, but staying depends on it.
SAFE_HOUSE = {
    **PEER_LED,
    "shares_with_immigration": ShareLevel.WITH_CONSENT,
    "real_name_required": YES,
    "id_requirement": IdRequirement.OPTIONAL,
}
# Answers when immigration officers ask: help may bring them to the door.
TELLS_IF_ASKED = {
    **PEER_LED,
    "shares_with_immigration": ShareLevel.ON_REQUEST,
    "response_to_authority_enquiry": AuthorityEnquiry.DISCLOSES,
    "informs_before_disclosure": NO,
}
# Calls the police in from the first contact.
WORKS_WITH_POLICE = {
    "involves_authorities_at_first_contact": YES,
    "shares_with_immigration": ShareLevel.ROUTINELY,
    "shares_with_police": ShareLevel.ROUTINELY,
    "shares_with_home_country": ShareLevel.WITH_CONSENT,
    "shares_with_family": ShareLevel.WITH_CONSENT,
    "response_to_authority_enquiry": AuthorityEnquiry.DISCLOSES,
    "consent_before_sharing": NO,
    "informs_before_disclosure": NO,
    "asks_immigration_status": StatusQuestion.REQUIRED,
    "id_requirement": IdRequirement.REQUIRED,
    "real_name_required": YES,
    "accepts_working_name": NO,
    "address_required": YES,
}
# What the police are told is the one answer nobody has checked.
POLICE_UNCHECKED = {**PEER_LED, "shares_with_police": ShareLevel.UNKNOWN}
# Nothing checked at all: every answer stays at its default, "not checked".
NOT_CHECKED: dict[str, object] = {}

CLINIC_STATEMENT = say(
    "never_tells_authorities", "legal_exceptions", "terrorism_exception", "tell_you_first"
)
PEER_STATEMENT = say(
    "never_tells_immigration", "police_only_if_asked", "legal_exceptions", "tell_you_first"
)
HOSPITAL_STATEMENT = say("hospital_asks_papers", "unpaid_bills_reported", "legal_exceptions")


# ---- places -----------------------------------------------------------------------------------

# code, phone region, names
COUNTRIES: list[tuple[str, str, Text]] = [
    (
        "GB",
        "GB",
        {
            "en": "United Kingdom",
            "fr": "Royaume-Uni",
            "de": "Vereinigtes Königreich",
            "es": "Reino Unido",
            "pt": "Reino Unido",
            "ro": "Regatul Unit",
            "bg": "Обединеното кралство",
            "ru": "Великобритания",
            "zh-hans": "英国",
            "th": "สหราชอาณาจักร",
        },
    ),
    (
        "FR",
        "FR",
        {
            "en": "France",
            "de": "Frankreich",
            "es": "Francia",
            "pt": "França",
            "ro": "Franța",
            "bg": "Франция",
            "ru": "Франция",
            "zh-hans": "法国",
            "th": "ฝรั่งเศส",
        },
    ),
    (
        "DE",
        "DE",
        {
            "en": "Germany",
            "fr": "Allemagne",
            "de": "Deutschland",
            "es": "Alemania",
            "pt": "Alemanha",
            "ro": "Germania",
            "bg": "Германия",
            "ru": "Германия",
            "zh-hans": "德国",
            "th": "เยอรมนี",
        },
    ),
    (
        "ES",
        "ES",
        {
            "en": "Spain",
            "fr": "Espagne",
            "de": "Spanien",
            "es": "España",
            "pt": "Espanha",
            "ro": "Spania",
            "bg": "Испания",
            "ru": "Испания",
            "zh-hans": "西班牙",
            "th": "สเปน",
        },
    ),
    (
        "NO",
        "NO",
        {
            "en": "Norway",
            "fr": "Norvège",
            "de": "Norwegen",
            "es": "Noruega",
            "pt": "Noruega",
            "ro": "Norvegia",
            "bg": "Норвегия",
            "ru": "Норвегия",
            "zh-hans": "挪威",
            "th": "นอร์เวย์",
        },
    ),
    (
        "TH",
        "TH",
        {
            "en": "Thailand",
            "fr": "Thaïlande",
            "de": "Thailand",
            "es": "Tailandia",
            "pt": "Tailândia",
            "ro": "Thailanda",
            "bg": "Тайланд",
            "ru": "Таиланд",
            "zh-hans": "泰国",
            "th": "ประเทศไทย",
        },
    ),
]

# slug, country code, time zone, names (only where a language spells the city differently)
CITIES: list[tuple[str, str, str, Text]] = [
    (
        "london",
        "GB",
        "Europe/London",
        {
            "en": "London",
            "fr": "Londres",
            "es": "Londres",
            "pt": "Londres",
            "ro": "Londra",
            "bg": "Лондон",
            "ru": "Лондон",
            "zh-hans": "伦敦",
            "th": "ลอนดอน",
        },
    ),
    (
        "manchester",
        "GB",
        "Europe/London",
        {
            "en": "Manchester",
            "bg": "Манчестър",
            "ru": "Манчестер",
            "zh-hans": "曼彻斯特",
            "th": "แมนเชสเตอร์",
        },
    ),
    (
        "glasgow",
        "GB",
        "Europe/London",
        {"en": "Glasgow", "bg": "Глазгоу", "ru": "Глазго", "zh-hans": "格拉斯哥", "th": "กลาสโกว์"},
    ),
    (
        "paris",
        "FR",
        "Europe/Paris",
        {
            "en": "Paris",
            "es": "París",
            "bg": "Париж",
            "ru": "Париж",
            "zh-hans": "巴黎",
            "th": "ปารีส",
        },
    ),
    (
        "berlin",
        "DE",
        "Europe/Berlin",
        {
            "en": "Berlin",
            "es": "Berlín",
            "bg": "Берлин",
            "ru": "Берлин",
            "zh-hans": "柏林",
            "th": "เบอร์ลิน",
        },
    ),
    (
        "madrid",
        "ES",
        "Europe/Madrid",
        {"en": "Madrid", "bg": "Мадрид", "ru": "Мадрид", "zh-hans": "马德里", "th": "มาดริด"},
    ),
    (
        "oslo",
        "NO",
        "Europe/Oslo",
        {"en": "Oslo", "bg": "Осло", "ru": "Осло", "zh-hans": "奥斯陆", "th": "ออสโล"},
    ),
    (
        "bangkok",
        "TH",
        "Asia/Bangkok",
        {
            "en": "Bangkok",
            "pt": "Banguecoque",
            "bg": "Банкок",
            "ru": "Бангкок",
            "zh-hans": "曼谷",
            "th": "กรุงเทพมหานคร",
        },
    ),
]

# city slug, area name, kind: London is policed borough by borough, so its areas matter most.
AREAS: list[tuple[str, str, str]] = [
    ("london", "Hackney", Area.Kind.BOROUGH),
    ("london", "Islington", Area.Kind.BOROUGH),
    ("london", "Camden", Area.Kind.BOROUGH),
    ("london", "Westminster", Area.Kind.BOROUGH),
    ("london", "Lambeth", Area.Kind.BOROUGH),
    ("london", "Southwark", Area.Kind.BOROUGH),
    ("london", "Tower Hamlets", Area.Kind.BOROUGH),
    ("paris", "Belleville", Area.Kind.DISTRICT),
]


# ---- organisations: London --------------------------------------------------------------------

LONDON = [
    OrganisationSpec(
        slug="harbour-lane-clinic",
        name="Harbour Lane Clinic",
        org_type=OrganisationType.HEALTH_BODY,
        city="london",
        description=en(
            "A public sexual health clinic in Hackney with evening sessions in Romanian and "
            "Chinese."
        ),
        evidence=WRITTEN_POLICY,
        ethos=Ethos.HEALTH,
        government_linked=YES,
        website="https://example.org/harbour-lane",
        sites=(
            SiteSpec(
                key="lantern-row",
                label="Harbour Lane Clinic, Lantern Row",
                address="12 Lantern Row",
                postcode="E8",
                area="Hackney",
                discreet=YES,
                transport="Five minutes' walk from the Overground station; step-free entrance.",
            ),
        ),
        policies=(
            PolicySpec(
                key="clinic",
                title="Clinic confidentiality policy",
                answers=KEEPS_CONFIDENCE,
                evidence=WRITTEN_POLICY,
                statement=CLINIC_STATEMENT,
            ),
        ),
        services=(
            ServiceSpec(
                slug="harbour-lane-walk-in",
                name=say("name_walk_in"),
                category="sexual-health",
                description=say("free_tests", "no_papers", "working_name", "interpreter_free"),
                how_to_access=say("walk_in_early"),
                eligibility=say("for_everyone"),
                card=say("card_health"),
                walk_in=True,
                languages=(
                    Lang("ro", ON_SITE),
                    Lang("bg", BY_PHONE),
                    Lang("pt", BY_PHONE),
                    Lang("zh-hans", BY_PHONE),
                    Lang("th", WRITTEN, "Leaflets on tests and treatment"),
                ),
                slots=(Slots(days=WEEKDAYS, opens="08:00", closes="12:30"),),
                contacts=(
                    phone(london(100), label="Reception"),
                    web("https://example.org/harbour-lane/walk-in"),
                ),
            ),
            ServiceSpec(
                slug="harbour-lane-romanian-evening",
                name=say("name_romanian_evening"),
                category="sexual-health",
                description=say("free_tests", "romanian_session", "no_papers", "working_name"),
                how_to_access=say("walk_in_or_text"),
                eligibility=say("for_everyone"),
                card=say("card_health"),
                walk_in=True,
                by_appointment=True,
                languages=(Lang("ro", SESSION), Lang("ro", MEDIATOR)),
                slots=(Slots(days=(TUE,), opens="17:00", closes="20:00"),),
                contacts=(sms(uk_mobile(100), ask_for="Ioana", on_card=True),),
            ),
            ServiceSpec(
                slug="harbour-lane-chinese-evening",
                name=say("name_chinese_evening"),
                category="sexual-health",
                description=say("free_tests", "chinese_session", "no_papers", "working_name"),
                how_to_access=say("walk_in_or_text"),
                eligibility=say("for_everyone"),
                card=say("card_health"),
                walk_in=True,
                by_appointment=True,
                languages=(
                    Lang("zh-hans", SESSION, "Mandarin; Cantonese by phone"),
                    Lang("zh-hans", MEDIATOR),
                ),
                slots=(Slots(days=(THU,), opens="17:30", closes="20:30"),),
                contacts=(
                    phone(london(101), ask_for="Mei", on_card=True),
                    sms(uk_mobile(101), ask_for="Mei"),
                ),
            ),
            ServiceSpec(
                slug="harbour-lane-contraception",
                name=say("name_contraception"),
                category="contraception",
                description=say("contraception", "no_papers", "interpreter_free"),
                how_to_access=say("phone_to_book"),
                eligibility=say("for_everyone"),
                card=say("card_health"),
                by_appointment=True,
                languages=(Lang("pl", BY_PHONE), Lang("es", STAFF)),
                slots=(Slots(days=(WED,), opens="13:00", closes="18:00", appointment_only=True),),
                contacts=(phone(london(102)), email("contraception@example.org")),
            ),
            ServiceSpec(
                slug="harbour-lane-care",
                name=say("name_hiv_hepatitis"),
                category="hiv-hepatitis",
                description=say("hiv_tests", "hepatitis_b_vaccine", "no_papers"),
                how_to_access=say("walk_in_early"),
                eligibility=say("for_everyone"),
                card=say("card_health"),
                walk_in=True,
                languages=(Lang("ro", ON_SITE), Lang("pt", BY_PHONE)),
                slots=(Slots(days=(MON, FRI), opens="13:30", closes="16:30"),),
                contacts=(phone(london(103)),),
            ),
        ),
    ),
    OrganisationSpec(
        slug="wharf-terrace-medical-practice",
        name="Wharf Terrace Medical Practice",
        org_type=OrganisationType.HEALTH_BODY,
        city="london",
        description=en("A family doctors' practice in Islington that registers anyone who asks."),
        evidence=CONFIRMED,
        ethos=Ethos.HEALTH,
        government_linked=YES,
        website="https://example.org/wharf-terrace",
        sites=(
            SiteSpec(
                key="wharf-terrace",
                label="Wharf Terrace Medical Practice",
                address="3 Wharf Terrace",
                postcode="N1",
                area="Islington",
                transport="By the canal towpath, two streets from the Tube.",
            ),
        ),
        policies=(
            PolicySpec(
                key="practice",
                title="Practice registration and confidentiality policy",
                answers=KEEPS_CONFIDENCE,
                evidence=CONFIRMED,
                statement=CLINIC_STATEMENT,
            ),
            PolicySpec(
                key="therapy",
                title="Talking therapies team policy (not yet seen)",
                answers=NOT_CHECKED,
                evidence=ASSUMED,
                default=False,
            ),
        ),
        services=(
            ServiceSpec(
                slug="wharf-terrace-gp-registration",
                name=say("name_gp"),
                category="gp-primary-care",
                description=say("family_doctor", "gp_asks_nothing", "interpreter_free"),
                how_to_access=say("phone_to_book"),
                eligibility=say("for_everyone"),
                card=say("card_health"),
                walk_in=True,
                by_appointment=True,
                languages=(
                    Lang("pl", STAFF),
                    Lang("tr", STAFF),
                    Lang("ar", BY_PHONE),
                    Lang("sq", BY_PHONE),
                ),
                slots=(
                    Slots(days=WEEKDAYS, opens="08:00", closes="18:30"),
                    Slots(days=(SAT,), opens="09:00", closes="12:00", appointment_only=True),
                ),
                contacts=(phone(london(110)), web("https://example.org/wharf-terrace/register")),
            ),
            ServiceSpec(
                slug="wharf-terrace-talking-therapies",
                name=en("Talking therapies"),
                category="mental-health",
                description=en(
                    "Six to twelve sessions of counselling for low mood, anxiety and trauma."
                ),
                how_to_access=en("Ask the receptionist or your GP to refer you."),
                eligibility=en("Patients registered with the practice."),
                card=en("Wellbeing appointments."),
                policy="therapy",
                evidence=ASSUMED,
                by_appointment=True,
                languages=(Lang("pl", STAFF), Lang("ar", BY_PHONE)),
                slots=(
                    Slots(days=(TUE, THU), opens="10:00", closes="19:00", appointment_only=True),
                ),
                contacts=(phone(london(111)),),
            ),
        ),
    ),
    OrganisationSpec(
        slug="st-brannocks-hospital",
        name="St Brannock's Hospital",
        org_type=OrganisationType.HEALTH_BODY,
        city="london",
        description=en(
            "A general hospital in Lambeth. Some treatment is charged by immigration status."
        ),
        evidence=WRITTEN_POLICY,
        ethos=Ethos.HEALTH,
        government_linked=YES,
        website="https://example.org/st-brannocks",
        sites=(
            SiteSpec(
                key="orchard-road",
                label="St Brannock's Hospital, Orchard Road",
                address="Orchard Road",
                postcode="SE11",
                area="Lambeth",
                transport="Outpatients is through the east entrance.",
            ),
        ),
        policies=(
            PolicySpec(
                key="hospital",
                title="Overseas visitors and charging policy",
                answers=CHARGES_BY_STATUS,
                evidence=WRITTEN_POLICY,
                statement=HOSPITAL_STATEMENT,
            ),
        ),
        services=(
            ServiceSpec(
                slug="st-brannocks-hepatitis",
                name=say("name_hospital_hepatitis"),
                category="hiv-hepatitis",
                description=say("hospital_may_charge", "ask_project_first"),
                how_to_access=say("referral_first"),
                eligibility=say("for_hospital_patients"),
                card=say("card_health"),
                charged_elements=en("Hepatitis C treatment, if you are not entitled to free care."),
                cost=CostPolicy.CHARGED_IF_NOT_ENTITLED,
                by_appointment=True,
                languages=(Lang("ro", BY_PHONE), Lang("bg", BY_PHONE), Lang("ru", BY_PHONE)),
                slots=(
                    Slots(days=(MON, WED), opens="09:00", closes="13:00", appointment_only=True),
                ),
                contacts=(phone(london(120), label="Outpatient appointments"),),
            ),
            ServiceSpec(
                slug="st-brannocks-gynaecology",
                name=en("Gynaecology outpatients"),
                category="sexual-health",
                description=en(
                    "Hospital clinic for pelvic pain, smear test follow-up and other problems. "
                    "Charges may apply depending on your papers."
                ),
                how_to_access=en("You need a referral from a GP or a sexual health clinic."),
                eligibility=en("Adults with a referral."),
                card=en("Hospital appointment."),
                charged_elements=en("Outpatient care and any surgery, if you are not entitled."),
                cost=CostPolicy.FREE_WITH_EXCEPTIONS,
                gender=GenderFocus.WOMEN,
                by_appointment=True,
                languages=(Lang("pt", BY_PHONE),),
                slots=(Slots(days=(THU,), opens="08:30", closes="12:30", appointment_only=True),),
                contacts=(phone(london(121)),),
            ),
            ServiceSpec(
                slug="st-brannocks-psychology",
                name=en("Hospital psychology service"),
                category="mental-health",
                description=en("Psychological assessment and therapy after a referral."),
                how_to_access=en("Referral from a GP or hospital doctor."),
                eligibility=en("Adults with a referral. Charges may apply."),
                card=en("Hospital appointment."),
                cost=CostPolicy.CHARGED_IF_NOT_ENTITLED,
                by_appointment=True,
                slots=(Slots(days=(TUE,), opens="09:30", closes="16:30", appointment_only=True),),
                contacts=(phone(london(122)),),
            ),
        ),
    ),
    OrganisationSpec(
        slug="rosa-peer-project",
        name="Rosa Peer Project",
        org_type=OrganisationType.SEX_WORK_PROJECT,
        city="london",
        description=en(
            "A sex work project in East London, run with and by sex workers, many of them migrants."
        ),
        evidence=OBSERVED,
        sex_worker_led=YES,
        peer_staff=YES,
        migrant_staff=YES,
        ethos=Ethos.RIGHTS_BASED,
        website="https://example.org/rosa",
        sites=(
            SiteSpec(
                key="drop-in",
                label="Rosa drop-in",
                visibility=AddressVisibility.STAFF_ONLY,
                address="Flat 2, 40 Quill Street",
                postcode="E8",
                area="Hackney",
                discreet=YES,
                front_gate_phone=london(130),
                front_gate_note=(
                    "Call first; someone will meet you at the corner shop and walk you in."
                ),
            ),
        ),
        policies=(
            PolicySpec(
                key="project",
                title="Rosa confidentiality agreement",
                answers=PEER_LED,
                evidence=OBSERVED,
                statement=PEER_STATEMENT,
            ),
        ),
        services=(
            ServiceSpec(
                slug="rosa-outreach",
                name=say("name_outreach"),
                category="outreach",
                description=say("outreach_visits", "peer_staff", "working_name"),
                how_to_access=say("ask_for_visit"),
                eligibility=say("for_sex_workers"),
                card=say("card_tea"),
                outreach=True,
                languages=(
                    Lang("ro", PEER),
                    Lang("bg", PEER),
                    Lang("hu", STAFF),
                    Lang("pt", STAFF),
                    Lang("th", WRITTEN),
                ),
                slots=(
                    Slots(days=(MON, WED), opens="10:00", closes="14:00"),
                    Slots(days=(FRI,), opens="21:00", closes="01:00", note="Night outreach"),
                ),
                contacts=(
                    sms(uk_mobile(130), ask_for="Ana", on_card=True),
                    phone(uk_mobile(131), ask_for="Ana"),
                ),
            ),
            ServiceSpec(
                slug="rosa-drop-in",
                name=say("name_drop_in"),
                category="peer-support",
                description=say("drop_in", "peer_staff", "police_only_if_asked"),
                how_to_access=say("just_come"),
                eligibility=say("for_sex_workers"),
                card=say("card_tea"),
                walk_in=True,
                sites=("drop-in",),
                languages=(Lang("ro", STAFF), Lang("pt", STAFF), Lang("es", STAFF)),
                slots=(
                    Slots(days=(TUE,), opens="12:00", closes="16:00"),
                    Slots(days=(SAT,), opens="12:00", closes="16:00"),
                ),
                contacts=(
                    phone(london(131), ask_for="Lena", on_card=True),
                    email("hello@example.org"),
                ),
            ),
            ServiceSpec(
                slug="rosa-report-violence",
                name=say("name_report_violence"),
                category="violence-reporting",
                description=say("report_violence", "police_only_if_asked"),
                how_to_access=say("call_back"),
                eligibility=say("for_sex_workers"),
                card=say("card_call"),
                by_phone=True,
                online=True,
                languages=(Lang("ro", STAFF), Lang("bg", PEER), Lang("pt", STAFF)),
                slots=(Slots(days=WEEKDAYS, opens="10:00", closes="18:00"),),
                contacts=(
                    sms(uk_mobile(132)),
                    email("report@example.org"),
                    web("https://example.org/rosa/report"),
                ),
            ),
        ),
    ),
    OrganisationSpec(
        slug="kestrel-street-collective",
        name="Kestrel Street Collective",
        org_type=OrganisationType.SEX_WORKER_LED,
        city="london",
        description=en(
            "A sex-worker-led collective in Tower Hamlets: classes, peer support, advice."
        ),
        evidence=OBSERVED,
        sex_worker_led=YES,
        peer_staff=YES,
        migrant_staff=YES,
        ethos=Ethos.RIGHTS_BASED,
        website="https://example.net/kestrel",
        sites=(
            SiteSpec(
                key="community-room",
                label="Community room near Kestrel Street",
                visibility=AddressVisibility.AREA_ONLY,
                address="Basement, 7 Kestrel Street",
                postcode="E1",
                area="Tower Hamlets",
                discreet=YES,
            ),
        ),
        policies=(
            PolicySpec(
                key="collective",
                title="Collective confidentiality agreement",
                answers=PEER_LED,
                evidence=OBSERVED,
                statement=PEER_STATEMENT,
            ),
            PolicySpec(
                key="housing-partner",
                title="Housing partner's policy (from a published report)",
                answers=NOT_CHECKED,
                evidence=LITERATURE,
                default=False,
            ),
        ),
        services=(
            ServiceSpec(
                slug="kestrel-english-classes",
                name=say("name_english"),
                category="english-moving-on",
                description=say("english_classes", "working_name"),
                how_to_access=say("just_come"),
                eligibility=say("for_sex_workers"),
                card=say("card_classes"),
                walk_in=True,
                languages=(Lang("es", PEER), Lang("pt", PEER), Lang("ro", PEER), Lang("it", PEER)),
                slots=(
                    Slots(days=(SUN,), opens="11:00", closes="13:00"),
                    Slots(days=(WED,), opens="18:00", closes="20:00"),
                ),
                contacts=(sms(uk_mobile(140)), email("classes@example.net")),
            ),
            ServiceSpec(
                slug="kestrel-peer-support-group",
                name=en("Peer support group"),
                category="peer-support",
                description=en("A fortnightly group to talk about work, stress and rights."),
                how_to_access=en("Text us to join; the group also meets online."),
                eligibility=en("Sex workers of any gender."),
                card=en("Monthly meet-up. Ask for Jo."),
                walk_in=True,
                online=True,
                slots=(Slots(days=(MON,), opens="19:00", closes="21:00"),),
                contacts=(sms(uk_mobile(141), ask_for="Jo", on_card=True),),
            ),
            ServiceSpec(
                slug="kestrel-housing-advice",
                name=en("Housing and eviction advice"),
                category="housing",
                description=en(
                    "A volunteer from a partner housing charity advises on deposits, "
                    "evictions and landlords."
                ),
                how_to_access=en("Book a slot by text."),
                eligibility=en("Anyone renting in London."),
                card=en("Free advice about your flat."),
                policy="housing-partner",
                evidence=LITERATURE,
                by_appointment=True,
                slots=(Slots(days=(THU,), opens="14:00", closes="17:00", appointment_only=True),),
                contacts=(sms(uk_mobile(142)),),
            ),
        ),
    ),
    OrganisationSpec(
        slug="tollgate-migrant-law-centre",
        name="Tollgate Migrant Law Centre",
        org_type=OrganisationType.LEGAL_PRACTICE,
        city="london",
        description=en("Free, regulated immigration and asylum advice in Islington."),
        evidence=WRITTEN_POLICY,
        ethos=Ethos.RIGHTS_BASED,
        website="https://example.org/tollgate",
        sites=(
            SiteSpec(
                key="foundry-lane",
                label="Tollgate Migrant Law Centre, Foundry Lane",
                address="Unit 5, 22 Foundry Lane",
                postcode="N7",
                area="Islington",
            ),
        ),
        policies=(
            PolicySpec(
                key="law-centre",
                title="Client confidentiality and legal privilege",
                answers=LEGAL_ADVICE,
                evidence=Evidence(
                    source=EvidenceSource.WRITTEN_POLICY, verified_days_ago=10, review_in_days=170
                ),
                statement=PEER_STATEMENT,
            ),
        ),
        services=(
            ServiceSpec(
                slug="tollgate-advice",
                name=say("name_immigration_advice"),
                category="legal-immigration-advice",
                description=say("immigration_advice", "never_tells_immigration"),
                how_to_access=say("phone_to_book"),
                eligibility=say("for_everyone"),
                card=say("card_advice"),
                by_appointment=True,
                languages=(
                    Lang("ar", BY_PHONE),
                    Lang("sq", ON_SITE),
                    Lang("lt", BY_PHONE),
                    Lang("uk", STAFF),
                    Lang("ru", STAFF),
                ),
                slots=(
                    Slots(days=(MON, WED, FRI), opens="09:30", closes="17:00"),
                    Slots(days=(TUE,), opens="17:00", closes="20:00", appointment_only=True),
                ),
                contacts=(phone(london(150)), email("advice@example.org")),
            ),
            ServiceSpec(
                slug="tollgate-support",
                name=say("name_asylum_support"),
                category="asylum-support",
                description=say("asylum_support", "never_tells_immigration"),
                how_to_access=say("phone_to_book"),
                eligibility=say("for_asylum_seekers"),
                card=say("card_advice"),
                by_appointment=True,
                languages=(Lang("ar", BY_PHONE), Lang("uk", STAFF)),
                slots=(Slots(days=(THU,), opens="09:30", closes="13:00"),),
                contacts=(phone(london(151)),),
            ),
        ),
    ),
    OrganisationSpec(
        slug="pelham-parade-womens-centre",
        name="Pelham Parade Women's Centre",
        org_type=OrganisationType.MIGRANT_COMMUNITY,
        city="london",
        description=en(
            "A Turkish and Kurdish women's centre in Hackney supporting women after violence."
        ),
        evidence=CONFIRMED,
        migrant_staff=YES,
        ethos=Ethos.RIGHTS_BASED,
        website="https://example.org/pelham-parade",
        sites=(
            SiteSpec(
                key="upstairs",
                label="Pelham Parade Women's Centre",
                visibility=AddressVisibility.ON_REQUEST,
                address="Upstairs, 61 Pelham Parade",
                postcode="E8",
                area="Hackney",
                discreet=YES,
                front_gate_phone=london(160),
                front_gate_note="Phone us and we will give you the address and the door code.",
            ),
        ),
        policies=(
            PolicySpec(
                key="centre",
                title="Centre confidentiality policy",
                answers=KEEPS_CONFIDENCE,
                evidence=CONFIRMED,
                statement=say("never_tells_authorities", "legal_exceptions", "asks_permission"),
            ),
            PolicySpec(
                key="housing-caseworkers",
                title="Housing caseworkers' policy",
                answers=KEEPS_CONFIDENCE,
                evidence=OVERDUE,
                default=False,
                statement=en("We do not share your details without your consent."),
            ),
        ),
        services=(
            ServiceSpec(
                slug="pelham-parade-after-violence",
                name=say("name_after_violence"),
                category="violence-reporting",
                description=say("after_violence", "police_only_if_asked"),
                how_to_access=say("call_back"),
                eligibility=say("for_women"),
                card=say("card_tea"),
                gender=GenderFocus.WOMEN,
                by_phone=True,
                by_appointment=True,
                languages=(Lang("tr", STAFF), Lang("tr", WRITTEN), Lang("ar", BY_PHONE)),
                slots=(Slots(days=(MON, TUE, WED, THU), opens="10:00", closes="16:00"),),
                contacts=(phone(london(161), ask_for="Elif", on_card=True),),
            ),
            ServiceSpec(
                slug="pelham-parade-housing",
                name=en("Help to find safe housing"),
                category="housing",
                description=en("Caseworkers help women leaving violence to find somewhere safe."),
                how_to_access=en("Ask at the centre for a caseworker."),
                eligibility=en("Women using the centre."),
                card=en("Ask for a caseworker."),
                gender=GenderFocus.WOMEN,
                policy="housing-caseworkers",
                evidence=OVERDUE,
                by_appointment=True,
                languages=(Lang("tr", STAFF),),
                slots=(Slots(days=(FRI,), opens="10:00", closes="13:00", appointment_only=True),),
                contacts=(phone(london(162)),),
            ),
        ),
    ),
    OrganisationSpec(
        slug="candlewick-house",
        name="Candlewick House",
        org_type=OrganisationType.FAITH_BASED,
        city="london",
        description=en("A faith-based charity running a safe house and a women's hostel."),
        evidence=CONFIRMED,
        ethos=Ethos.FAITH_BASED,
        government_linked=YES,
        website="https://example.org/candlewick",
        sites=(
            SiteSpec(
                key="safe-house",
                label="Candlewick safe house",
                visibility=AddressVisibility.STAFF_ONLY,
                area="Southwark",
                discreet=YES,
                front_gate_phone=uk_mobile(170),
                front_gate_note="Referrals only: a worker calls this number first.",
            ),
        ),
        policies=(
            PolicySpec(
                key="safe-house",
                title="Safe house agreement",
                answers=SAFE_HOUSE,
                evidence=CONFIRMED,
                statement=say("immigration_only_with_consent", "cooperation_expected"),
            ),
            PolicySpec(
                key="hostel",
                title="Hostel rules (not seen)",
                answers=NOT_CHECKED,
                evidence=ASSUMED,
                default=False,
            ),
        ),
        services=(
            ServiceSpec(
                slug="candlewick-safe-house",
                name=say("name_safe_house"),
                category="safety-shelter",
                description=say("safe_house", "cooperation_expected"),
                how_to_access=say("referral_first"),
                eligibility=say("for_trafficked_adults"),
                card=say("card_advice"),
                min_age=18,
                always_open=True,
                requires_cooperation=YES,
                max_stay_days=45,
                sites=("safe-house",),
                languages=(Lang("ro", BY_PHONE), Lang("sq", BY_PHONE), Lang("vi", BY_PHONE)),
                contacts=(phone(uk_mobile(171), label="Referrals, day and night"),),
            ),
            ServiceSpec(
                slug="candlewick-womens-hostel",
                name=en("Women's hostel"),
                category="safety-shelter",
                description=en(
                    "Rooms for women with nowhere to stay. Residents are expected to stop sex work."
                ),
                how_to_access=en("Referral by a support worker."),
                eligibility=en("Women over 18."),
                card=en("Rooms for women."),
                policy="hostel",
                evidence=ASSUMED,
                gender=GenderFocus.WOMEN,
                min_age=18,
                requires_exit_commitment=YES,
                max_stay_days=90,
                contacts=(phone(uk_mobile(172)),),
                staff_notes=(
                    "Exit commitment reported by two service users; confirm before referring."
                ),
            ),
        ),
    ),
    OrganisationSpec(
        slug="waypoint-return-programme",
        name="Waypoint Return Programme",
        org_type=OrganisationType.INTERGOVERNMENTAL,
        city="london",
        description=en("Helps people without papers who want to go home: tickets and reception."),
        evidence=LITERATURE,
        government_linked=YES,
        website="https://example.org/waypoint",
        sites=(
            SiteSpec(
                key="carrow-place",
                label="Waypoint office, Carrow Place",
                address="4th floor, 9 Carrow Place",
                postcode="SW1",
                area="Westminster",
                presence=EnforcementPresence.UNKNOWN,
            ),
        ),
        policies=(
            PolicySpec(
                key="return",
                title="Data sharing with the Home Office (from a published report)",
                answers=NOT_CHECKED,
                evidence=LITERATURE,
            ),
        ),
        services=(
            ServiceSpec(
                slug="waypoint-voluntary-return",
                name=en("Voluntary return home"),
                category="voluntary-return",
                description=en(
                    "Flights home, help on arrival and sometimes a small grant. "
                    "Whether it shares data with immigration has not been checked."
                ),
                how_to_access=en("Phone for an appointment. Ask your project to come with you."),
                eligibility=en("People who want to leave and have no right to stay."),
                card=en("Travel advice."),
                cost=CostPolicy.FREE_FOR_ALL,
                by_appointment=True,
                by_phone=True,
                languages=(Lang("ro", BY_PHONE), Lang("pl", BY_PHONE), Lang("lt", BY_PHONE)),
                slots=(Slots(days=WEEKDAYS, opens="09:30", closes="17:00"),),
                contacts=(phone(london(180)), web("https://example.org/waypoint/return")),
            ),
        ),
    ),
    OrganisationSpec(
        slug="lodestar-line",
        name="Lodestar Trafficking Line",
        org_type=OrganisationType.CHARITY,
        city="london",
        description=en("A national anti-trafficking line that works closely with the police."),
        evidence=WRITTEN_POLICY,
        ethos=Ethos.RESCUE,
        government_linked=YES,
        website="https://example.org/lodestar",
        sites=(
            SiteSpec(
                key="casework",
                label="Lodestar casework office",
                visibility=AddressVisibility.AREA_ONLY,
                area="Westminster",
                presence=EnforcementPresence.OCCASIONAL_REPORTED,
            ),
        ),
        policies=(
            PolicySpec(
                key="line",
                title="Reporting protocol",
                answers=WORKS_WITH_POLICE,
                evidence=WRITTEN_POLICY,
                statement=en(
                    "If you tell us you have been trafficked, we pass what you tell us to the "
                    "police so that they can investigate."
                ),
            ),
        ),
        services=(
            ServiceSpec(
                slug="lodestar-helpline",
                name=en("Anti-trafficking helpline"),
                category="helpline",
                description=en(
                    "Report trafficking or ask for help. Calls about trafficking are passed to "
                    "the police."
                ),
                how_to_access=en("Call at any time."),
                eligibility=en("Anyone."),
                card=en("Helpline, day and night."),
                by_phone=True,
                always_open=True,
                languages=(Lang("ro", BY_PHONE), Lang("vi", BY_PHONE), Lang("sq", BY_PHONE)),
                contacts=(phone(london(190), label="Day and night"),),
            ),
            ServiceSpec(
                slug="lodestar-casework",
                name=en("Support after a police operation"),
                category="safety-shelter",
                description=en(
                    "Caseworkers attend police operations and offer short-term accommodation."
                ),
                how_to_access=en("Usually arranged by the police at the scene."),
                eligibility=en("People found during police operations."),
                card=en("Support office."),
                sites=("casework",),
                by_appointment=True,
                languages=(Lang("ro", BY_PHONE), Lang("zh-hans", BY_PHONE)),
                slots=(Slots(days=WEEKDAYS, opens="09:00", closes="17:00"),),
                contacts=(phone(london(191)),),
            ),
        ),
    ),
    OrganisationSpec(
        slug="riverside-police",
        name="Riverside Police Vice Liaison Team",
        org_type=OrganisationType.LAW_ENFORCEMENT,
        city="london",
        description=en("A police team for sex work. Listed so that projects know who it is."),
        evidence=CONFIRMED,
        government_linked=YES,
        website="https://example.org/riverside-police",
        sites=(
            SiteSpec(
                key="embankment-yard",
                label="Riverside Police Station",
                address="1 Embankment Yard",
                postcode="SW1",
                area="Westminster",
                presence=EnforcementPresence.POLICE_COLOCATED,
            ),
        ),
        services=(
            ServiceSpec(
                slug="riverside-liaison",
                name=en("Police vice liaison officers"),
                category="police",
                description=en(
                    "Police officers who deal with sex work. This is the police: "
                    "what you say can be recorded and passed on."
                ),
                how_to_access=en("Through a project, or at the station front counter."),
                eligibility=en("Anyone."),
                card=en("Police liaison."),
                evidence=CONFIRMED,
                by_phone=True,
                sites=("embankment-yard",),
                slots=(Slots(days=WEEKDAYS, opens="08:00", closes="18:00"),),
                contacts=(phone(london(200)),),
            ),
            ServiceSpec(
                slug="riverside-front-counter",
                name=en("Police station front counter"),
                category="police-immigration",
                description=en("Report a crime in person. Officers may check immigration status."),
                how_to_access=en("Walk in at any time."),
                eligibility=en("Anyone."),
                card=en("Police station, open day and night."),
                evidence=CONFIRMED,
                walk_in=True,
                always_open=True,
                sites=("embankment-yard",),
                contacts=(phone(london(201)),),
            ),
        ),
    ),
    OrganisationSpec(
        slug="thameside-reporting-centre",
        name="Thameside Immigration Reporting Centre",
        org_type=OrganisationType.IMMIGRATION_AUTHORITY,
        city="london",
        description=en("Where people on immigration bail must report. This is immigration."),
        evidence=CONFIRMED,
        government_linked=YES,
        sites=(
            SiteSpec(
                key="tideway-road",
                label="Thameside House",
                address="30 Tideway Road",
                postcode="SE1",
                area="Lambeth",
                presence=EnforcementPresence.IMMIGRATION_COLOCATED,
            ),
        ),
        services=(
            ServiceSpec(
                slug="thameside-reporting",
                name=en("Immigration reporting"),
                category="immigration-enforcement",
                description=en(
                    "Immigration officers. People can be detained when they report: "
                    "see a legal adviser before you go."
                ),
                how_to_access=en("On the date in your reporting letter."),
                eligibility=en("People told to report here."),
                card=en("Reporting centre."),
                evidence=CONFIRMED,
                sites=("tideway-road",),
                slots=(Slots(days=WEEKDAYS, opens="08:00", closes="16:00"),),
                contacts=(phone(london(210)),),
            ),
        ),
    ),
    OrganisationSpec(
        slug="bridgeworks-interpreting",
        name="Bridgeworks Interpreting Co-operative",
        org_type=OrganisationType.CHARITY,
        city="london",
        description=en(
            "A co-operative of interpreters briefed on sex work, migration and confidentiality."
        ),
        evidence=CONFIRMED,
        migrant_staff=YES,
        ethos=Ethos.RIGHTS_BASED,
        website="https://example.org/bridgeworks",
        sites=(
            SiteSpec(
                key="office",
                label="Bridgeworks office",
                address="2nd floor, 18 Ropewalk Mews",
                postcode="NW1",
                area="Camden",
            ),
        ),
        policies=(
            PolicySpec(
                key="interpreters",
                title="Interpreters' code of confidentiality",
                answers=KEEPS_CONFIDENCE,
                evidence=CONFIRMED,
                statement=say("never_tells_authorities", "asks_permission"),
            ),
            PolicySpec(
                key="agency-pool",
                title="Agency interpreters' terms (not seen)",
                answers=NOT_CHECKED,
                evidence=ASSUMED,
                default=False,
            ),
        ),
        services=(
            ServiceSpec(
                slug="bridgeworks-telephone-interpreting",
                name=say("name_phone_interpreter"),
                category="interpreting",
                description=say("phone_interpreting", "never_tells_authorities"),
                how_to_access=say("phone_to_book"),
                eligibility=say("for_everyone"),
                card=say("card_advice"),
                by_phone=True,
                always_open=True,
                languages=tuple(
                    Lang(code, BY_PHONE)
                    for code in (
                        "sq",
                        "ar",
                        "bg",
                        "zh-hans",
                        "cs",
                        "et",
                        "fr",
                        "de",
                        "hu",
                        "it",
                        "lt",
                        "pl",
                        "pt",
                        "ro",
                        "ru",
                        "sk",
                        "es",
                        "th",
                        "tr",
                        "uk",
                    )
                ),
                contacts=(phone(london(220)), email("bookings@example.org")),
            ),
            ServiceSpec(
                slug="bridgeworks-face-to-face",
                name=en("Interpreter in person"),
                category="interpreting",
                description=en(
                    "An interpreter comes with you to an appointment. At busy times agency "
                    "interpreters fill in, and their terms have not been checked."
                ),
                how_to_access=en("Book at least two days ahead."),
                eligibility=en("Referrals from projects and clinics."),
                card=en("Interpreter booking."),
                policy="agency-pool",
                evidence=ASSUMED,
                cost=CostPolicy.CHARGED,
                by_appointment=True,
                sites=("office",),
                languages=(Lang("ro", ON_SITE), Lang("bg", ON_SITE), Lang("pl", ON_SITE)),
                slots=(Slots(days=WEEKDAYS, opens="07:30", closes="19:30", appointment_only=True),),
                contacts=(phone(london(221)),),
            ),
        ),
    ),
    OrganisationSpec(
        slug="fernleaf-counselling-rooms",
        name="Fernleaf Counselling Rooms",
        org_type=OrganisationType.CHARITY,
        city="london",
        description=en("Low-cost counselling in Camden."),
        evidence=ASSUMED,
        sites=(
            SiteSpec(
                key="mews",
                label="Fernleaf Counselling Rooms",
                address="2 Bellfounder Mews",
                postcode="NW5",
                area="Camden",
                presence=EnforcementPresence.UNKNOWN,
            ),
        ),
        services=(
            ServiceSpec(
                slug="fernleaf-counselling",
                name=en("Low-cost counselling"),
                category="mental-health",
                description=en("Weekly counselling with a sliding scale of fees."),
                how_to_access=en("Fill in the form on the website."),
                eligibility=en("Adults."),
                card=en("Someone to talk to."),
                cost=CostPolicy.CHARGED,
                by_appointment=True,
                online=True,
                languages=(Lang("it", STAFF), Lang("es", STAFF)),
                slots=(
                    Slots(
                        days=(MON, TUE, WED), opens="12:00", closes="20:00", appointment_only=True
                    ),
                ),
                contacts=(
                    web("https://example.com/fernleaf"),
                    email("contact@example.com"),
                ),
            ),
        ),
    ),
]


# ---- organisations: Manchester and Glasgow ----------------------------------------------------

MANCHESTER_AND_GLASGOW = [
    OrganisationSpec(
        slug="tanners-yard",
        name="Tanner's Yard Sexual Health Centre",
        org_type=OrganisationType.HEALTH_BODY,
        city="manchester",
        description=en("Manchester's city-centre sexual health service, with a Saturday clinic."),
        evidence=WRITTEN_POLICY,
        ethos=Ethos.HEALTH,
        government_linked=YES,
        website="https://example.org/tanners-yard",
        sites=(
            SiteSpec(
                key="tanners-yard",
                label="Tanner's Yard Centre",
                address="9 Tanner's Yard",
                postcode="M4",
                discreet=YES,
            ),
            SiteSpec(
                key="oldgate",
                label="Saturday clinic, Oldgate Community Centre",
                address="Oldgate Community Centre, Weaver Street",
                postcode="M8",
                presence=EnforcementPresence.UNKNOWN,
            ),
        ),
        policies=(
            PolicySpec(
                key="clinic",
                title="Sexual health service confidentiality policy",
                answers=KEEPS_CONFIDENCE,
                evidence=Evidence(
                    source=EvidenceSource.WRITTEN_POLICY, verified_days_ago=40, review_in_days=140
                ),
                statement=CLINIC_STATEMENT,
            ),
        ),
        services=(
            ServiceSpec(
                slug="tanners-yard-walk-in",
                name=say("name_walk_in"),
                category="sexual-health",
                description=say("free_tests", "no_papers", "working_name", "interpreter_free"),
                how_to_access=say("walk_in_early"),
                eligibility=say("for_everyone"),
                card=say("card_health"),
                walk_in=True,
                sites=("tanners-yard", "oldgate"),
                languages=(
                    Lang("ro", BY_PHONE),
                    Lang("cs", BY_PHONE),
                    Lang("sk", BY_PHONE),
                    Lang("zh-hans", WRITTEN),
                ),
                slots=(
                    Slots(days=WEEKDAYS, opens="08:30", closes="16:00", site="tanners-yard"),
                    Slots(days=(SAT,), opens="10:00", closes="13:00", site="oldgate"),
                ),
                contacts=(phone(manchester(100)), web("https://example.org/tanners-yard")),
            ),
            ServiceSpec(
                slug="tanners-yard-contraception",
                name=en("Contraception clinic"),
                category="contraception",
                description=en("Free contraception, including coils and implants, by appointment."),
                how_to_access=en("Phone to book."),
                eligibility=en("Everyone, whatever their immigration status."),
                card=en("Health appointments."),
                by_appointment=True,
                sites=("tanners-yard",),
                slots=(
                    Slots(days=(TUE, THU), opens="16:00", closes="19:30", appointment_only=True),
                ),
                contacts=(phone(manchester(101)),),
            ),
            ServiceSpec(
                slug="tanners-yard-care",
                name=en("HIV clinic"),
                category="hiv-hepatitis",
                description=en(
                    "HIV care and treatment. Treatment is free; some other hospital care is not."
                ),
                how_to_access=en("Referral from the walk-in clinic or your GP."),
                eligibility=en("People living with HIV."),
                card=en("Clinic appointment."),
                charged_elements=en("Hospital care that is not HIV treatment, if not entitled."),
                cost=CostPolicy.FREE_WITH_EXCEPTIONS,
                by_appointment=True,
                sites=("tanners-yard",),
                languages=(Lang("pt", BY_PHONE), Lang("fr", STAFF)),
                slots=(Slots(days=(WED,), opens="09:00", closes="17:00", appointment_only=True),),
                contacts=(phone(manchester(102)),),
            ),
        ),
    ),
    OrganisationSpec(
        slug="cotton-thread-project",
        name="Cotton Thread Project",
        org_type=OrganisationType.SEX_WORK_PROJECT,
        city="manchester",
        description=en("A Manchester sex work project: drop-in, outreach and an evening helpline."),
        evidence=OBSERVED,
        peer_staff=YES,
        ethos=Ethos.RIGHTS_BASED,
        website="https://example.org/cotton-thread",
        sites=(
            SiteSpec(
                key="drop-in",
                label="Cotton Thread drop-in",
                visibility=AddressVisibility.AREA_ONLY,
                address="Side door, 14 Spindle Street",
                postcode="M1",
                discreet=YES,
            ),
        ),
        policies=(
            PolicySpec(
                key="project",
                title="Cotton Thread confidentiality policy",
                answers=PEER_LED,
                evidence=OBSERVED,
                statement=PEER_STATEMENT,
            ),
        ),
        services=(
            ServiceSpec(
                slug="cotton-thread-drop-in",
                name=say("name_drop_in"),
                category="peer-support",
                description=say("drop_in", "peer_staff", "police_only_if_asked"),
                how_to_access=say("just_come"),
                eligibility=say("for_sex_workers"),
                card=say("card_tea"),
                walk_in=True,
                sites=("drop-in",),
                languages=(Lang("ro", STAFF), Lang("pl", STAFF), Lang("lt", WRITTEN)),
                slots=(
                    Slots(days=(MON, THU), opens="11:00", closes="15:00"),
                    Slots(days=(SUN,), opens="14:00", closes="17:00"),
                ),
                contacts=(phone(manchester(110), ask_for="Kasia", on_card=True),),
            ),
            ServiceSpec(
                slug="cotton-thread-helpline",
                name=say("name_evening_helpline"),
                category="helpline",
                description=say("helpline", "police_only_if_asked"),
                how_to_access=say("call_back"),
                eligibility=say("for_sex_workers"),
                card=say("card_call"),
                by_phone=True,
                languages=(Lang("ro", STAFF), Lang("pl", STAFF), Lang("ru", STAFF)),
                slots=(Slots(days=WEEKDAYS, opens="18:00", closes="23:00"),),
                contacts=(
                    phone(uk_mobile(110), ask_for="Kasia", on_card=True),
                    sms(uk_mobile(110)),
                ),
            ),
            ServiceSpec(
                slug="cotton-thread-outreach",
                name=en("Night outreach"),
                category="outreach",
                description=en("A van with hot drinks, condoms and a nurse on Friday nights."),
                how_to_access=en("Look for the van, or text us where you are."),
                eligibility=en("Anyone working on the street or in saunas."),
                card=en("Hot drinks on Friday nights."),
                outreach=True,
                languages=(Lang("ro", PEER), Lang("hu", PEER)),
                slots=(Slots(days=(FRI,), opens="21:00", closes="02:00"),),
                contacts=(sms(uk_mobile(111)),),
            ),
        ),
    ),
    OrganisationSpec(
        slug="latchkey-housing-advice",
        name="Latchkey Housing Advice Line",
        org_type=OrganisationType.CHARITY,
        city="manchester",
        description=en("Housing advice by phone across Greater Manchester."),
        evidence=OVERDUE,
        policies=(
            PolicySpec(
                key="line",
                title="Advice line confidentiality policy",
                answers=KEEPS_CONFIDENCE,
                evidence=OVERDUE,
                statement=en(
                    "We keep what you tell us private unless the law requires us to share."
                ),
            ),
        ),
        services=(
            ServiceSpec(
                slug="latchkey-housing-line",
                name=en("Housing advice line"),
                category="housing",
                description=en("Advice on eviction, deposits, repairs and homelessness."),
                how_to_access=en("Phone during opening hours."),
                eligibility=en("Anyone living in Greater Manchester."),
                card=en("Advice line."),
                by_phone=True,
                languages=(Lang("pl", BY_PHONE),),
                slots=(Slots(days=WEEKDAYS, opens="09:00", closes="17:00"),),
                contacts=(phone(manchester(120)),),
            ),
        ),
    ),
    OrganisationSpec(
        slug="larkspur-house",
        name="Larkspur Refuge",
        org_type=OrganisationType.CHARITY,
        city="manchester",
        description=en("A refuge for women escaping violence."),
        evidence=CONFIRMED,
        ethos=Ethos.MIXED,
        sites=(
            SiteSpec(
                key="refuge",
                label="Larkspur Refuge",
                visibility=AddressVisibility.STAFF_ONLY,
                discreet=YES,
                front_gate_phone=manchester(130),
                front_gate_note=(
                    "Call the referral line; the address is given once a room is offered."
                ),
            ),
        ),
        policies=(
            PolicySpec(
                key="refuge",
                title="Refuge information-sharing protocol",
                answers=TELLS_IF_ASKED,
                evidence=CONFIRMED,
                known_incidents="Immigration officers called at the refuge after a phone enquiry.",
                statement=en(
                    "We keep your information private, but we answer if immigration officers "
                    "ask whether you are staying here."
                ),
            ),
        ),
        services=(
            ServiceSpec(
                slug="larkspur-rooms",
                name=en("Refuge for women"),
                category="safety-shelter",
                description=en(
                    "Safe rooms, support and help with next steps for women and children."
                ),
                how_to_access=en("Call the referral line, day or night."),
                eligibility=en("Women escaping violence, with or without children."),
                card=en("Call us, day or night."),
                gender=GenderFocus.WOMEN,
                always_open=True,
                sites=("refuge",),
                languages=(Lang("ar", BY_PHONE), Lang("fa", BY_PHONE)),
                contacts=(phone(manchester(131), label="Referral line"),),
            ),
        ),
    ),
    OrganisationSpec(
        slug="bellstane-hub",
        name="Bellstane Sexual Health Hub",
        org_type=OrganisationType.HEALTH_BODY,
        city="glasgow",
        description=en("Glasgow's central sexual health service, including a trans health clinic."),
        evidence=WRITTEN_POLICY,
        ethos=Ethos.HEALTH,
        government_linked=YES,
        website="https://example.org/bellstane",
        sites=(
            SiteSpec(
                key="bellstane",
                label="Bellstane Hub",
                address="40 Bellstane Wynd",
                postcode="G1",
                discreet=YES,
            ),
        ),
        policies=(
            PolicySpec(
                key="hub",
                title="Hub confidentiality policy",
                answers=KEEPS_CONFIDENCE,
                evidence=Evidence(
                    source=EvidenceSource.WRITTEN_POLICY, verified_days_ago=25, review_in_days=155
                ),
                statement=CLINIC_STATEMENT,
            ),
        ),
        services=(
            ServiceSpec(
                slug="bellstane-walk-in",
                name=say("name_walk_in"),
                category="sexual-health",
                description=say("free_tests", "no_papers", "working_name", "interpreter_free"),
                how_to_access=say("walk_in_early"),
                eligibility=say("for_everyone"),
                card=say("card_health"),
                walk_in=True,
                sites=("bellstane",),
                languages=(Lang("ro", BY_PHONE), Lang("pl", BY_PHONE), Lang("sk", BY_PHONE)),
                slots=(
                    Slots(days=WEEKDAYS, opens="08:00", closes="11:00"),
                    Slots(days=(MON, WED), opens="16:30", closes="19:00"),
                ),
                contacts=(phone(glasgow(100)),),
            ),
            ServiceSpec(
                slug="bellstane-care",
                name=say("name_trans_health"),
                category="trans-health",
                description=say("trans_care", "no_papers"),
                how_to_access=say("phone_to_book"),
                eligibility=say("for_trans_people"),
                card=say("card_health"),
                gender=GenderFocus.TRANS,
                by_appointment=True,
                sites=("bellstane",),
                languages=(Lang("pt", BY_PHONE), Lang("th", BY_PHONE), Lang("es", BY_PHONE)),
                slots=(Slots(days=(THU,), opens="13:00", closes="18:00", appointment_only=True),),
                contacts=(phone(glasgow(101)), email("trans-clinic@example.org")),
            ),
            ServiceSpec(
                slug="bellstane-contraception",
                name=en("Contraception and pregnancy advice"),
                category="contraception",
                description=en("Contraception, pregnancy tests and advice on your choices."),
                how_to_access=en("Walk in during the morning clinic."),
                eligibility=en("Everyone, whatever their immigration status."),
                card=en("Morning clinic."),
                walk_in=True,
                sites=("bellstane",),
                slots=(Slots(days=(TUE, FRI), opens="08:00", closes="11:00"),),
                contacts=(phone(glasgow(102)),),
            ),
        ),
    ),
    OrganisationSpec(
        slug="wynd-womens-project",
        name="Wynd Women's Project",
        org_type=OrganisationType.SEX_WORK_PROJECT,
        city="glasgow",
        description=en("Outreach, advocacy and classes for women who sell sex in Glasgow."),
        evidence=CONFIRMED,
        peer_staff=YES,
        ethos=Ethos.RIGHTS_BASED,
        website="https://example.net/wynd",
        sites=(
            SiteSpec(
                key="office",
                label="Wynd Women's Project",
                address="3 Candleriggs Court",
                postcode="G1",
                discreet=YES,
            ),
        ),
        policies=(
            PolicySpec(
                key="project",
                title="Wynd confidentiality policy",
                answers=PEER_LED,
                evidence=CONFIRMED,
                statement=PEER_STATEMENT,
            ),
        ),
        services=(
            ServiceSpec(
                slug="wynd-outreach",
                name=say("name_outreach"),
                category="outreach",
                description=say("outreach_visits", "working_name"),
                how_to_access=say("ask_for_visit"),
                eligibility=say("for_women"),
                card=say("card_tea"),
                gender=GenderFocus.WOMEN_AND_TRANS,
                outreach=True,
                languages=(Lang("ro", PEER), Lang("th", PEER), Lang("zh-hans", WRITTEN)),
                slots=(
                    Slots(days=(TUE, THU), opens="19:00", closes="23:30"),
                    Slots(days=(SAT,), opens="22:00", closes="03:00", note="Street outreach"),
                ),
                contacts=(
                    phone(uk_mobile(150), ask_for="Morag", on_card=True),
                    sms(uk_mobile(150), ask_for="Morag", on_card=True),
                ),
            ),
            ServiceSpec(
                slug="wynd-violence-advocacy",
                name=en("Advocacy after violence"),
                category="violence-reporting",
                description=en(
                    "An advocate helps you report a bad client anonymously, or comes with you "
                    "to the police if you decide to go."
                ),
                how_to_access=en("Call or text the project."),
                eligibility=en("Women and trans women who sell sex."),
                card=en("Someone on your side. Ask for an advocate."),
                gender=GenderFocus.WOMEN_AND_TRANS,
                by_phone=True,
                sites=("office",),
                slots=(Slots(days=WEEKDAYS, opens="10:00", closes="17:00"),),
                contacts=(phone(glasgow(110)), email("advocacy@example.net")),
            ),
            ServiceSpec(
                slug="wynd-english-and-skills",
                name=en("English and skills classes"),
                category="english-moving-on",
                description=en(
                    "English, computer and CV classes for women thinking about other work."
                ),
                how_to_access=en("Ask at the project."),
                eligibility=en("Women using the project."),
                card=en("Free classes for women."),
                gender=GenderFocus.WOMEN,
                walk_in=True,
                sites=("office",),
                languages=(Lang("ro", STAFF),),
                slots=(Slots(days=(WED,), opens="13:00", closes="15:00"),),
                contacts=(phone(glasgow(111)),),
            ),
        ),
    ),
    OrganisationSpec(
        slug="thistle-lane-network",
        name="Thistle Lane Asylum Network",
        org_type=OrganisationType.MIGRANT_COMMUNITY,
        city="glasgow",
        description=en("A volunteer network helping people through the asylum system."),
        evidence=ASSUMED,
        migrant_staff=YES,
        sites=(
            SiteSpec(
                key="church-hall",
                label="Thistle Lane church hall",
                address="Thistle Lane",
                postcode="G3",
                presence=EnforcementPresence.UNKNOWN,
            ),
        ),
        services=(
            ServiceSpec(
                slug="thistle-lane-support",
                name=en("Asylum support drop-in"),
                category="asylum-support",
                description=en(
                    "Volunteers help with asylum support forms, food parcels and clothes."
                ),
                how_to_access=en("Come on Saturday mornings."),
                eligibility=en("People seeking asylum."),
                card=en("Saturday morning help."),
                walk_in=True,
                sites=("church-hall",),
                languages=(Lang("ar", STAFF), Lang("fa", STAFF), Lang("ti", STAFF)),
                slots=(Slots(days=(SAT,), opens="09:30", closes="12:30"),),
                contacts=(phone(glasgow(120)), email("thistle@example.com")),
            ),
        ),
    ),
]


# ---- organisations: elsewhere -----------------------------------------------------------------

ELSEWHERE = [
    OrganisationSpec(
        slug="collectif-jasmin",
        name="Collectif Jasmin",
        org_type=OrganisationType.SEX_WORKER_LED,
        city="paris",
        description=en(
            "A collective of Chinese sex workers in Belleville: outreach and mediation."
        ),
        evidence=OBSERVED,
        sex_worker_led=YES,
        peer_staff=YES,
        migrant_staff=YES,
        ethos=Ethos.RIGHTS_BASED,
        website="https://example.org/jasmin",
        sites=(
            SiteSpec(
                key="local",
                label="Local du Collectif Jasmin",
                visibility=AddressVisibility.AREA_ONLY,
                address="Rez-de-chaussée, 5 passage des Tilleuls",
                postcode="75020",
                area="Belleville",
                discreet=YES,
            ),
        ),
        policies=(
            PolicySpec(
                key="collective",
                title="Charte de confidentialité",
                answers=PEER_LED,
                evidence=REPORTED,
                statement=en(
                    "We never give your details to immigration. We only go to the police if you "
                    "ask us to."
                ),
            ),
            PolicySpec(
                key="partner-lawyers",
                title="Partner lawyers' practice",
                answers=POLICE_UNCHECKED,
                evidence=CONFIRMED,
                default=False,
                statement=en("Lawyers keep what you tell them confidential."),
            ),
        ),
        services=(
            ServiceSpec(
                slug="jasmin-outreach",
                name=en("Street and salon outreach in Belleville"),
                category="outreach",
                description=en(
                    "Peers bring condoms, news about police controls and legal information."
                ),
                how_to_access=en("Find us on the street on Monday and Thursday afternoons."),
                eligibility=en("Chinese-speaking sex workers."),
                card=en("Ask for Lan."),
                outreach=True,
                languages=(Lang("zh-hans", STAFF), Lang("fr", STAFF), Lang("zh-hans", WRITTEN)),
                slots=(Slots(days=(MON, THU), opens="14:00", closes="18:00"),),
                contacts=(
                    phone(paris(100), ask_for="Lan", on_card=True),
                    sms(french_mobile(100), ask_for="Lan"),
                ),
            ),
            ServiceSpec(
                slug="jasmin-mediation",
                name=en("Cultural mediation"),
                category="interpreting",
                description=en(
                    "A mediator comes with you to the doctor, the bank or the prefecture."
                ),
                how_to_access=en("Text us two days before your appointment."),
                eligibility=en("Chinese-speaking women in Paris."),
                card=en("Someone to come with you."),
                gender=GenderFocus.WOMEN,
                by_appointment=True,
                sites=("local",),
                languages=(Lang("zh-hans", MEDIATOR),),
                slots=(
                    Slots(days=(TUE, WED), opens="10:00", closes="17:00", appointment_only=True),
                ),
                contacts=(sms(french_mobile(101)),),
            ),
            ServiceSpec(
                slug="jasmin-legal-accompaniment",
                name=en("Legal accompaniment"),
                category="legal-immigration-advice",
                description=en(
                    "Partner lawyers advise on residence permits and arrests. What they tell the "
                    "police has not been checked."
                ),
                how_to_access=en("Ask the collective to book you in."),
                eligibility=en("Members of the collective."),
                card=en("Free advice."),
                policy="partner-lawyers",
                by_appointment=True,
                languages=(Lang("zh-hans", MEDIATOR), Lang("fr", STAFF)),
                slots=(Slots(days=(FRI,), opens="14:00", closes="17:00", appointment_only=True),),
                contacts=(email("juridique@example.org"),),
            ),
        ),
    ),
    OrganisationSpec(
        slug="association-lumiere-sante",
        name="Association Lumière Santé",
        org_type=OrganisationType.CHARITY,
        city="paris",
        description=en("A health charity with a mobile health bus and a small clinic."),
        evidence=CONFIRMED,
        ethos=Ethos.HEALTH,
        website="https://example.org/lumiere",
        sites=(
            SiteSpec(
                key="bus",
                label="Health bus stop, Belleville",
                visibility=AddressVisibility.AREA_ONLY,
                area="Belleville",
                # Staff saw a police car parked by the bus on most evenings.
                presence=EnforcementPresence.POLICE_COLOCATED,
            ),
            SiteSpec(
                key="clinic",
                label="Centre Lumière",
                address="18 rue des Glycines",
                postcode="75020",
                area="Belleville",
            ),
        ),
        policies=(
            PolicySpec(
                key="association",
                title="Confidentiality policy",
                answers=KEEPS_CONFIDENCE,
                evidence=CONFIRMED,
                statement=en(
                    "We never pass your details to the police or immigration, except where the "
                    "law requires it."
                ),
            ),
            PolicySpec(
                key="state-medical-aid",
                title="State medical aid applications",
                answers={
                    **KEEPS_CONFIDENCE,
                    "asks_immigration_status": StatusQuestion.FOR_CHARGING_ONLY,
                },
                evidence=WRITTEN_POLICY,
                default=False,
                statement=en(
                    "We ask about your papers only to help you apply for free care. "
                    "We do not pass them on."
                ),
            ),
        ),
        services=(
            ServiceSpec(
                slug="lumiere-health-bus",
                name=en("Mobile health bus"),
                category="sexual-health",
                description=en(
                    "Condoms, tests and a nurse, on a bus parked in Belleville twice a week."
                ),
                how_to_access=en("Come to the bus."),
                eligibility=en("Everyone."),
                card=en("Health bus."),
                walk_in=True,
                outreach=True,
                sites=("bus",),
                languages=(Lang("zh-hans", ON_SITE), Lang("fr", STAFF)),
                slots=(Slots(days=(TUE, FRI), opens="20:00", closes="00:30"),),
                contacts=(phone(paris(110)),),
                staff_notes="Police vehicle seen beside the bus on most visits this month.",
            ),
            ServiceSpec(
                slug="lumiere-hepatitis-clinic",
                name=en("Hepatitis and HIV care"),
                category="hiv-hepatitis",
                description=en(
                    "Tests and treatment. Staff help you apply for state medical aid, which "
                    "means asking about your papers."
                ),
                how_to_access=en("Phone to book."),
                eligibility=en("Everyone; treatment depends on medical aid."),
                card=en("Health appointments."),
                policy="state-medical-aid",
                cost=CostPolicy.CHARGED_IF_NOT_ENTITLED,
                by_appointment=True,
                sites=("clinic",),
                languages=(Lang("fr", STAFF), Lang("zh-hans", BY_PHONE), Lang("ar", STAFF)),
                slots=(
                    Slots(days=(MON, WED), opens="09:00", closes="13:00", appointment_only=True),
                ),
                contacts=(phone(paris(111)), email("rdv@example.org")),
            ),
        ),
    ),
    OrganisationSpec(
        slug="poste-de-police-des-glycines",
        name="Poste de police des Glycines",
        org_type=OrganisationType.LAW_ENFORCEMENT,
        city="paris",
        description=en("A local police station. Listed so that projects know where it is."),
        evidence=CONFIRMED,
        government_linked=YES,
        sites=(
            SiteSpec(
                key="station",
                label="Poste de police des Glycines",
                address="2 rue des Glycines",
                postcode="75020",
                area="Belleville",
                presence=EnforcementPresence.POLICE_COLOCATED,
            ),
        ),
        services=(
            ServiceSpec(
                slug="glycines-police-station",
                name=en("Local police station"),
                category="police",
                description=en("This is the police. Identity checks happen here."),
                how_to_access=en("Walk in."),
                eligibility=en("Anyone."),
                card=en("Police station."),
                walk_in=True,
                always_open=True,
                sites=("station",),
                contacts=(phone(paris(120)),),
            ),
        ),
    ),
    OrganisationSpec(
        slug="kiezlotsen-beratung",
        name="Kiezlotsen Beratung",
        org_type=OrganisationType.SEX_WORK_PROJECT,
        city="berlin",
        description=en("Counselling for sex workers in Berlin in five languages."),
        evidence=CONFIRMED,
        peer_staff=YES,
        migrant_staff=YES,
        ethos=Ethos.RIGHTS_BASED,
        website="https://example.org/kiezlotsen",
        sites=(
            SiteSpec(
                key="office",
                label="Kiezlotsen Beratungsstelle",
                address="Hinterhaus, 12 Lindenhof",
                postcode="10999",
                discreet=YES,
            ),
        ),
        policies=(
            PolicySpec(
                key="counselling",
                title="Schweigepflicht (duty of confidentiality)",
                answers=PEER_LED,
                evidence=CONFIRMED,
                statement=en(
                    "Counsellors are bound to secrecy. We do not pass anything to the police, "
                    "the foreigners' office or the registration office."
                ),
            ),
        ),
        services=(
            ServiceSpec(
                slug="kiezlotsen-counselling",
                name=en("Counselling and peer support"),
                category="peer-support",
                description=en("Talk about work, health, money or leaving, in your own language."),
                how_to_access=en("Walk in on Tuesday, or call to book."),
                eligibility=en("Anyone who sells sex in Berlin."),
                card=en("Advice in your language."),
                walk_in=True,
                by_appointment=True,
                sites=("office",),
                languages=(
                    Lang("bg", STAFF),
                    Lang("ro", STAFF),
                    Lang("hu", STAFF),
                    Lang("pl", STAFF),
                    Lang("de", STAFF),
                ),
                slots=(
                    Slots(days=(TUE,), opens="11:00", closes="18:00"),
                    Slots(days=(THU,), opens="11:00", closes="15:00", appointment_only=True),
                ),
                contacts=(phone(berlin(100)), email("beratung@example.org")),
            ),
            ServiceSpec(
                slug="kiezlotsen-registration-advice",
                name=en("Advice on registering as a sex worker"),
                category="legal-immigration-advice",
                description=en(
                    "What the compulsory registration means for your data, your papers and your "
                    "taxes, before you decide."
                ),
                how_to_access=en("Call to book."),
                eligibility=en("Anyone who sells sex in Germany."),
                card=en("Free, private advice."),
                by_appointment=True,
                sites=("office",),
                languages=(Lang("bg", STAFF), Lang("ro", STAFF), Lang("hu", WRITTEN)),
                slots=(Slots(days=(WED,), opens="10:00", closes="16:00", appointment_only=True),),
                contacts=(phone(berlin(101)),),
            ),
        ),
    ),
    OrganisationSpec(
        slug="beratungsstelle-spreeufer",
        name="Beratungsstelle Spreeufer",
        org_type=OrganisationType.HEALTH_BODY,
        city="berlin",
        description=en("A public health office offering anonymous tests."),
        evidence=ASSUMED,
        government_linked=YES,
        sites=(
            SiteSpec(
                key="office",
                label="Beratungsstelle Spreeufer",
                address="7 Am Spreeufer",
                postcode="10179",
                presence=EnforcementPresence.UNKNOWN,
            ),
        ),
        services=(
            ServiceSpec(
                slug="spreeufer-tests",
                name=en("Anonymous tests for sexual infections"),
                category="sexual-health",
                description=en(
                    "Tests without giving your name. Their data policy is not yet checked."
                ),
                how_to_access=en("Walk in."),
                eligibility=en("Everyone."),
                card=en("Health check."),
                walk_in=True,
                sites=("office",),
                languages=(Lang("de", STAFF), Lang("bg", WRITTEN)),
                slots=(Slots(days=(MON, THU), opens="07:30", closes="11:00"),),
                contacts=(phone(berlin(110)),),
            ),
        ),
    ),
    OrganisationSpec(
        slug="colectivo-alameda",
        name="Colectivo Alameda",
        org_type=OrganisationType.SEX_WORKER_LED,
        city="madrid",
        description=en(
            "A sex workers' collective in Madrid working in the parks and on the street."
        ),
        evidence=OBSERVED,
        sex_worker_led=YES,
        peer_staff=YES,
        migrant_staff=YES,
        ethos=Ethos.RIGHTS_BASED,
        website="https://example.org/alameda",
        sites=(
            SiteSpec(
                key="office",
                label="Local del Colectivo Alameda",
                address="Calle del Olivar Viejo 9",
                postcode="28012",
            ),
        ),
        policies=(
            PolicySpec(
                key="collective",
                title="Acuerdo de confidencialidad",
                answers=PEER_LED,
                evidence=OBSERVED,
                statement=PEER_STATEMENT,
            ),
        ),
        services=(
            ServiceSpec(
                slug="alameda-park-outreach",
                name=en("Outreach in the parks"),
                category="outreach",
                description=en(
                    "Peers visit the parks with condoms, coffee and advice about fines."
                ),
                how_to_access=en("Find us in the parks at weekends."),
                eligibility=en("Anyone working outdoors."),
                card=en("Coffee at the weekend. Ask for Nerea."),
                outreach=True,
                languages=(Lang("es", STAFF), Lang("ro", PEER), Lang("pt", STAFF)),
                slots=(Slots(days=(SAT, SUN), opens="07:00", closes="10:00"),),
                contacts=(phone(madrid(100), ask_for="Nerea", on_card=True),),
            ),
            ServiceSpec(
                slug="alameda-advice",
                name=say("name_papers_advice"),
                category="legal-immigration-advice",
                description=say("papers_advice", "never_tells_immigration", "peer_staff"),
                how_to_access=say("phone_to_book"),
                eligibility=say("for_sex_workers"),
                card=say("card_advice"),
                by_appointment=True,
                sites=("office",),
                languages=(Lang("es", STAFF), Lang("ro", STAFF), Lang("pt", STAFF)),
                slots=(Slots(days=(TUE, THU), opens="16:00", closes="20:00"),),
                contacts=(phone(madrid(101)), email("papeles@example.org")),
            ),
        ),
    ),
    OrganisationSpec(
        slug="clinica-corrala-salud",
        name="Clínica Corrala Salud",
        org_type=OrganisationType.HEALTH_BODY,
        city="madrid",
        description=en(
            "A public health centre that helps people without papers get a health card."
        ),
        evidence=WRITTEN_POLICY,
        ethos=Ethos.HEALTH,
        government_linked=YES,
        sites=(
            SiteSpec(
                key="centre",
                label="Clínica Corrala Salud",
                address="Plaza de la Corrala 3",
                postcode="28012",
            ),
        ),
        policies=(
            PolicySpec(
                key="centre",
                title="Health card and data policy",
                answers={
                    **KEEPS_CONFIDENCE,
                    "asks_immigration_status": StatusQuestion.FOR_CHARGING_ONLY,
                },
                evidence=WRITTEN_POLICY,
                statement=en(
                    "We ask about your papers only to decide whether you get free care. "
                    "We do not pass them to the police or immigration."
                ),
            ),
            PolicySpec(
                key="sti-clinic",
                title="Sexual health unit policy",
                answers=KEEPS_CONFIDENCE,
                evidence=OVERDUE,
                default=False,
                statement=en("Your visit is confidential."),
            ),
        ),
        services=(
            ServiceSpec(
                slug="corrala-health-card-help",
                name=en("Help to get a health card"),
                category="gp-primary-care",
                description=en(
                    "Staff help you apply for the card that gives you free public health care."
                ),
                how_to_access=en("Book at reception."),
                eligibility=en("Anyone living in Madrid."),
                card=en("Health centre."),
                cost=CostPolicy.CHARGED_IF_NOT_ENTITLED,
                by_appointment=True,
                sites=("centre",),
                languages=(Lang("es", STAFF), Lang("ar", BY_PHONE), Lang("ro", BY_PHONE)),
                slots=(Slots(days=WEEKDAYS, opens="08:00", closes="15:00"),),
                contacts=(phone(madrid(110)),),
            ),
            ServiceSpec(
                slug="corrala-clinic",
                name=en("Sexual health unit"),
                category="sexual-health",
                description=en("Tests and treatment for sexual infections."),
                how_to_access=en("Book by phone."),
                eligibility=en("Everyone."),
                card=en("Health appointments."),
                policy="sti-clinic",
                evidence=OVERDUE,
                by_appointment=True,
                sites=("centre",),
                slots=(
                    Slots(days=(MON, WED), opens="15:00", closes="19:00", appointment_only=True),
                ),
                contacts=(phone(madrid(111)),),
            ),
        ),
    ),
    OrganisationSpec(
        slug="nattlys-oslo",
        name="Nattlys Oslo",
        org_type=OrganisationType.SEX_WORK_PROJECT,
        city="oslo",
        description=en("A drop-in and health clinic for people who sell sex in Oslo."),
        evidence=CONFIRMED,
        peer_staff=YES,
        ethos=Ethos.RIGHTS_BASED,
        website="https://example.org/nattlys",
        sites=(
            SiteSpec(
                key="centre",
                label="Nattlys",
                address="Bryggegata 4",
                postcode="0150",
                discreet=YES,
            ),
        ),
        policies=(
            PolicySpec(
                key="centre",
                title="Taushetsplikt (duty of confidentiality)",
                answers=PEER_LED,
                evidence=CONFIRMED,
                statement=en(
                    "Staff are bound to secrecy. We do not tell the police or immigration about "
                    "you unless you ask us to."
                ),
            ),
        ),
        services=(
            ServiceSpec(
                slug="nattlys-drop-in",
                name=en("Drop-in"),
                category="peer-support",
                description=en("Food, a shower, condoms and someone to talk to."),
                how_to_access=en("Just come."),
                eligibility=en("Anyone who sells sex."),
                card=en("Food, a shower and a chat."),
                walk_in=True,
                sites=("centre",),
                languages=(
                    Lang("ro", STAFF),
                    Lang("bg", STAFF),
                    Lang("th", STAFF),
                    Lang("es", STAFF),
                    Lang("en", STAFF),
                ),
                slots=(
                    Slots(days=(MON, WED, FRI), opens="12:00", closes="19:00"),
                    Slots(days=(SUN,), opens="15:00", closes="19:00"),
                ),
                contacts=(phone(oslo(100)),),
            ),
            ServiceSpec(
                slug="nattlys-health-clinic",
                name=en("Health clinic"),
                category="sexual-health",
                description=en("A nurse and a doctor for tests, treatment and vaccinations."),
                how_to_access=en("Walk in during drop-in hours."),
                eligibility=en("Anyone who sells sex, whatever their papers."),
                card=en("Nurse and doctor."),
                charged_elements=en("Referrals to hospital may cost money."),
                cost=CostPolicy.FREE_WITH_EXCEPTIONS,
                walk_in=True,
                sites=("centre",),
                languages=(Lang("ro", BY_PHONE), Lang("th", BY_PHONE)),
                slots=(Slots(days=(WED,), opens="13:00", closes="18:00"),),
                contacts=(phone(oslo(101)),),
            ),
        ),
    ),
    OrganisationSpec(
        slug="fjordgata-police-office",
        name="Fjordgata Police Office",
        org_type=OrganisationType.LAW_ENFORCEMENT,
        city="oslo",
        description=en("A police office. People who reported crimes here have been deported."),
        evidence=CONFIRMED,
        government_linked=YES,
        sites=(
            SiteSpec(
                key="office",
                label="Fjordgata Police Office",
                address="Fjordgata 1",
                postcode="0150",
                presence=EnforcementPresence.POLICE_COLOCATED,
            ),
        ),
        services=(
            ServiceSpec(
                slug="fjordgata-police",
                name=en("Police front desk"),
                category="police",
                description=en(
                    "This is the police. Talk to a project before reporting: immigration checks "
                    "have followed reports of crime."
                ),
                how_to_access=en("Walk in."),
                eligibility=en("Anyone."),
                card=en("Police station."),
                walk_in=True,
                sites=("office",),
                slots=(Slots(days=EVERY_DAY, opens="08:00", closes="20:00"),),
                contacts=(phone(oslo(110)),),
            ),
        ),
    ),
    OrganisationSpec(
        slug="silom-sisters-foundation",
        name="Silom Sisters Foundation",
        org_type=OrganisationType.SEX_WORKER_LED,
        city="bangkok",
        description=en("A sex-worker-led foundation in Bangkok: classes, a drop-in and a hotline."),
        evidence=OBSERVED,
        sex_worker_led=YES,
        peer_staff=YES,
        ethos=Ethos.RIGHTS_BASED,
        website="https://example.org/silom-sisters",
        sites=(
            SiteSpec(
                key="centre",
                label="Silom Sisters centre",
                address="3rd floor, 21 Soi Lamyai",
                postcode="10500",
            ),
        ),
        policies=(
            PolicySpec(
                key="foundation",
                title="Foundation confidentiality rules",
                answers=PEER_LED,
                evidence=OBSERVED,
                statement=en("We never report anyone to the police or immigration."),
            ),
            PolicySpec(
                key="hotline",
                title="Hotline volunteers' rules (not seen)",
                answers=NOT_CHECKED,
                evidence=ASSUMED,
                default=False,
            ),
        ),
        services=(
            ServiceSpec(
                slug="silom-english-classes",
                name=en("English classes"),
                category="english-moving-on",
                description=en("English for work and daily life, taught by members."),
                how_to_access=en("Come to the centre on Saturday or Sunday afternoon."),
                eligibility=en("Anyone who works in bars, massage or entertainment."),
                card=en("Weekend classes."),
                walk_in=True,
                sites=("centre",),
                languages=(Lang("th", STAFF), Lang("my", PEER)),
                slots=(Slots(days=(SAT, SUN), opens="13:00", closes="16:00"),),
                contacts=(phone(bangkok(100)),),
            ),
            ServiceSpec(
                slug="silom-drop-in",
                name=en("Drop-in and legal help"),
                category="peer-support",
                description=en(
                    "A place to rest, eat and get help with problems at work or with papers."
                ),
                how_to_access=en("Just come."),
                eligibility=en("Sex workers, including migrants from neighbouring countries."),
                card=en("A place to rest."),
                walk_in=True,
                sites=("centre",),
                languages=(Lang("th", STAFF), Lang("my", STAFF), Lang("vi", PEER)),
                slots=(Slots(days=(MON, TUE, WED, THU, FRI), opens="14:00", closes="22:00"),),
                contacts=(phone(bangkok(101)), email("info@example.org")),
            ),
            ServiceSpec(
                slug="silom-hotline",
                name=en("Day and night hotline"),
                category="helpline",
                description=en("Volunteers answer at any hour. Their rules have not been checked."),
                how_to_access=en("Call at any time."),
                eligibility=en("Anyone."),
                card=en("Call at any hour."),
                policy="hotline",
                evidence=ASSUMED,
                by_phone=True,
                always_open=True,
                languages=(Lang("th", STAFF), Lang("my", STAFF)),
                contacts=(phone(bangkok(102)),),
            ),
        ),
    ),
    OrganisationSpec(
        slug="lotus-gate-rescue-foundation",
        name="Lotus Gate Rescue Foundation",
        org_type=OrganisationType.FAITH_BASED,
        city="bangkok",
        description=en("A faith-based charity that joins police raids and runs a closed shelter."),
        evidence=WRITTEN_POLICY,
        ethos=Ethos.RESCUE,
        government_linked=YES,
        sites=(
            SiteSpec(
                key="shelter",
                label="Lotus Gate shelter",
                visibility=AddressVisibility.STAFF_ONLY,
                front_gate_phone=bangkok(110),
                front_gate_note="Admission only through the foundation's office.",
            ),
        ),
        policies=(
            PolicySpec(
                key="shelter",
                title="Shelter admission rules",
                answers=WORKS_WITH_POLICE,
                evidence=WRITTEN_POLICY,
                statement=en(
                    "Residents are identified to the police and immigration on arrival and "
                    "may not leave until their case is closed."
                ),
            ),
        ),
        services=(
            ServiceSpec(
                slug="lotus-gate-shelter",
                name=en("Rescue shelter"),
                category="safety-shelter",
                description=en(
                    "A closed shelter after raids. Residents must agree to stop sex work and "
                    "cannot leave freely."
                ),
                how_to_access=en("Admission follows a police raid or a referral."),
                eligibility=en("Women and girls found in raids."),
                card=en("Shelter office."),
                gender=GenderFocus.WOMEN,
                requires_exit_commitment=YES,
                always_open=True,
                sites=("shelter",),
                languages=(Lang("th", STAFF),),
                contacts=(phone(bangkok(111)),),
            ),
        ),
    ),
    OrganisationSpec(
        slug="orchid-pier",
        name="Orchid Pier Immigration Office",
        org_type=OrganisationType.IMMIGRATION_AUTHORITY,
        city="bangkok",
        description=en("Immigration office for visas and overstay. This is immigration."),
        evidence=CONFIRMED,
        government_linked=YES,
        sites=(
            SiteSpec(
                key="office",
                label="Orchid Pier Immigration Office",
                address="Orchid Pier Road",
                postcode="10120",
                presence=EnforcementPresence.IMMIGRATION_COLOCATED,
            ),
        ),
        services=(
            ServiceSpec(
                slug="orchid-pier-office",
                name=en("Visa and overstay office"),
                category="immigration-enforcement",
                description=en(
                    "Immigration officers. Overstayers can be fined, detained and deported."
                ),
                how_to_access=en("Walk in; take a queue number."),
                eligibility=en("Anyone."),
                card=en("Immigration office."),
                walk_in=True,
                sites=("office",),
                slots=(Slots(days=WEEKDAYS, opens="08:30", closes="16:30"),),
                contacts=(phone(bangkok(120)),),
            ),
        ),
    ),
    OrganisationSpec(
        slug="banyan-court-health-clinic",
        name="Banyan Court Health Clinic",
        org_type=OrganisationType.HEALTH_BODY,
        city="bangkok",
        description=en("A community clinic with an evening sexual health session."),
        evidence=ASSUMED,
        sites=(
            SiteSpec(
                key="clinic",
                label="Banyan Court Health Clinic",
                address="Banyan Court, Soi Sala 4",
                postcode="10500",
                presence=EnforcementPresence.UNKNOWN,
            ),
        ),
        services=(
            ServiceSpec(
                slug="banyan-court-clinic",
                name=en("Evening sexual health session"),
                category="sexual-health",
                description=en(
                    "Tests and treatment. Whether it reports to immigration is not checked."
                ),
                how_to_access=en("Walk in after 5 pm."),
                eligibility=en("Everyone."),
                card=en("Evening clinic."),
                cost=CostPolicy.UNKNOWN,
                walk_in=True,
                sites=("clinic",),
                languages=(Lang("th", STAFF), Lang("en", STAFF)),
                slots=(Slots(days=(TUE, THU), opens="17:00", closes="21:00"),),
                contacts=(phone(bangkok(130)),),
            ),
        ),
    ),
]

ORGANISATIONS: list[OrganisationSpec] = [*LONDON, *MANCHESTER_AND_GLASGOW, *ELSEWHERE]


# ---- loading ----------------------------------------------------------------------------------


def load(*, today: datetime.date | None = None) -> dict[str, int]:
    """Create or update every demo record in one transaction; a second run adds no rows."""
    today = today or timezone.localdate()
    with transaction.atomic():
        cities = load_places()
        categories = {category.slug: category for category in ServiceCategory.objects.all()}
        languages = {language.code: language for language in Language.objects.all()}
        for spec in ORGANISATIONS:
            load_organisation(
                spec,
                city=cities[spec.city],
                categories=categories,
                languages=languages,
                today=today,
            )
    return counts()


def load_places() -> dict[str, City]:
    countries = {
        code: Country.objects.update_or_create(
            code=code, defaults={"phone_region": region, **translated("name", names)}
        )[0]
        for code, region, names in COUNTRIES
    }
    cities = {
        slug: City.objects.update_or_create(
            slug=slug,
            defaults={
                "country": countries[code],
                "time_zone": time_zone,
                **translated("name", names),
            },
        )[0]
        for slug, code, time_zone, names in CITIES
    }
    for city_slug, name, kind in AREAS:
        Area.objects.update_or_create(city=cities[city_slug], name=name, defaults={"kind": kind})
    return cities


def load_organisation(
    spec: OrganisationSpec,
    *,
    city: City,
    categories: dict[str, ServiceCategory],
    languages: dict[str, Language],
    today: datetime.date,
) -> None:
    organisation, _ = Organisation.objects.update_or_create(
        slug=spec.slug,
        defaults={
            "name": spec.name,
            "org_type": spec.org_type,
            "city": city,
            "sex_worker_led": spec.sex_worker_led,
            "peer_staff": spec.peer_staff,
            "migrant_staff": spec.migrant_staff,
            "ethos": spec.ethos,
            "government_linked": spec.government_linked,
            "website": spec.website,
            "status": Organisation.Status.ACTIVE,
            "is_demo": True,
            **translated("description", spec.description),
            **spec.evidence.fields(today),
        },
    )
    sites = {site.key: load_site(site, organisation=organisation) for site in spec.sites}
    policies = {
        policy.key: load_policy(policy, organisation=organisation, today=today)
        for policy in spec.policies
    }
    for service in spec.services:
        load_service(
            service,
            organisation=organisation,
            sites=sites,
            policies=policies,
            category=categories[service.category],
            languages=languages,
            evidence=service.evidence or spec.evidence,
            today=today,
        )


def load_site(spec: SiteSpec, *, organisation: Organisation) -> Site:
    area = Area.objects.get(city=organisation.city, name=spec.area) if spec.area else None
    return Site.objects.update_or_create(
        organisation=organisation,
        label_en=spec.label,
        defaults={
            "city": organisation.city,
            "area": area,
            "address_line": spec.address,
            "postcode": spec.postcode,
            "address_visibility": spec.visibility,
            "enforcement_presence": spec.presence,
            "discreet_premises": spec.discreet,
            "front_gate_phone": spec.front_gate_phone,
            **translated("label", en(spec.label)),
            **translated("transport_notes", en(spec.transport)),
            **translated("front_gate_note", en(spec.front_gate_note)),
        },
    )[0]


def load_policy(
    spec: PolicySpec, *, organisation: Organisation, today: datetime.date
) -> ConfidentialityPolicy:
    return ConfidentialityPolicy.objects.update_or_create(
        organisation=organisation,
        title=spec.title,
        defaults={
            "is_organisation_default": spec.default,
            "known_incidents": spec.known_incidents,
            **spec.answers,
            **translated("statement_text", spec.statement),
            **spec.evidence.fields(today),
        },
    )[0]


def load_service(
    spec: ServiceSpec,
    *,
    organisation: Organisation,
    sites: dict[str, Site],
    policies: dict[str, ConfidentialityPolicy],
    category: ServiceCategory,
    languages: dict[str, Language],
    evidence: Evidence,
    today: datetime.date,
) -> None:
    service, _ = Service.objects.update_or_create(
        slug=spec.slug,
        defaults={
            "organisation": organisation,
            "category": category,
            "policy": policies[spec.policy] if spec.policy else None,
            "cost_policy": spec.cost,
            "gender_focus": spec.gender,
            "min_age": spec.min_age,
            "walk_in": spec.walk_in,
            "by_appointment": spec.by_appointment,
            "outreach": spec.outreach,
            "by_phone": spec.by_phone,
            "online": spec.online,
            "always_open": spec.always_open,
            "requires_cooperation_with_authorities": spec.requires_cooperation,
            "requires_exit_commitment": spec.requires_exit_commitment,
            "max_stay_days": spec.max_stay_days,
            "status": Service.Status.ACTIVE,
            "staff_notes": spec.staff_notes,
            "is_demo": True,
            **translated("name", spec.name),
            **translated("description", spec.description),
            **translated("how_to_access", spec.how_to_access),
            **translated("eligibility", spec.eligibility),
            **translated("discreet_card_text", spec.card),
            **translated("charged_elements", spec.charged_elements),
            **evidence.fields(today),
        },
    )
    # Linking sites re-derives the firewall status (signals), so enforcement nearby counts.
    service.sites.set([sites[key] for key in spec.sites])
    add_languages(
        service=service, languages=[(languages[lang.code], lang) for lang in spec.languages]
    )
    add_opening_slots(service=service, slots=spec.slots, sites=sites)
    add_contacts(service=service, contacts=spec.contacts)


def add_languages(*, service: Service, languages: list[tuple[Language, Lang]]) -> None:
    service.languages.all().delete()
    ServiceLanguage.objects.bulk_create(
        ServiceLanguage(
            service=service, language=language, mode=spec.mode, **translated("note", en(spec.note))
        )
        for language, spec in languages
    )


def add_opening_slots(
    *, service: Service, slots: tuple[Slots, ...], sites: dict[str, Site]
) -> None:
    service.opening_slots.all().delete()
    linked = list(service.sites.all())
    # A service at one place opens there; at several, each slot names its site.
    only_site = linked[0] if len(linked) == 1 else None
    OpeningSlot.objects.bulk_create(
        OpeningSlot(
            service=service,
            site=sites[spec.site] if spec.site else only_site,
            weekday=weekday,
            opens=datetime.time.fromisoformat(spec.opens),
            closes=datetime.time.fromisoformat(spec.closes),
            appointment_only=spec.appointment_only,
            **translated("note", en(spec.note)),
        )
        for spec in slots
        for weekday in spec.days
    )


def add_contacts(*, service: Service, contacts: tuple[Contact, ...]) -> None:
    service.contacts.all().delete()
    for position, spec in enumerate(contacts):
        # create() goes through save(), which stores phone numbers in E.164.
        ContactPoint.objects.create(
            service=service,
            kind=spec.kind,
            value=spec.value,
            ask_for_first_name=spec.ask_for,
            on_discreet_card=spec.on_card,
            position=position,
            **translated("label", en(spec.label)),
        )


def counts() -> dict[str, int]:
    """How many demo records of each kind exist, for the command's summary line."""
    return {
        "countries": Country.objects.count(),
        "cities": City.objects.count(),
        "areas": Area.objects.count(),
        "organisations": Organisation.objects.filter(is_demo=True).count(),
        "sites": Site.objects.filter(organisation__is_demo=True).count(),
        "policies": ConfidentialityPolicy.objects.filter(organisation__is_demo=True).count(),
        "services": Service.objects.filter(is_demo=True).count(),
        "service languages": ServiceLanguage.objects.filter(service__is_demo=True).count(),
        "opening times": OpeningSlot.objects.filter(service__is_demo=True).count(),
        "contacts": ContactPoint.objects.filter(service__is_demo=True).count(),
    }
