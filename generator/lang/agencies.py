"""World news agencies and broadcasters, by the names the press of each script writes them with.

Wire services are named in almost every news story (in a dateline: "(رويترز)", "/รอยเตอร์-"), alone,
with no title or head before them; Arabic and Thai write them by sound, so no capital and no cue
finds them. The agencies here are the international wire services and world broadcasters (their own
names and the transcriptions the Arabic and Thai press use: Reuters' and AFP's Arabic services, the
Royal Institute's transcription of English). The gazetteer (generator/lang/gazetteer_data.py) gives
them ids, so that one agency is one entity in every language.
"""
from __future__ import annotations

# id -> {language: names}; "" is the language of a Latin name that every Latin-script press writes as is.
AGENCIES: dict[str, dict[str, tuple[str, ...]]] = {
    "reuters": {"": ("Reuters",), "ar": ("رويترز",), "th": ("รอยเตอร์", "รอยเตอร์ส"), "ru": ("Рейтер",)},
    "afp": {"": ("Agence France-Presse", "AFP"), "ar": ("فرانس برس", "فرانس بريس"), "th": ("เอเอฟพี",),
            "ru": ("Франс Пресс",)},
    "associated-press": {"": ("Associated Press",), "ar": ("أسوشيتد برس", "اسوشيتد برس", "أسوشيتدبرس"),
                         "th": ("แอสโซซิเอเต็ดเพรส",)},
    "xinhua": {"": ("Xinhua",), "ar": ("شينخوا",), "th": ("ซินหัว",), "ru": ("Синьхуа",)},
    "bloomberg": {"": ("Bloomberg",), "ar": ("بلومبرغ", "بلومبيرغ"), "th": ("บลูมเบิร์ก",)},
    "kyodo": {"": ("Kyodo",), "ar": ("كيودو",), "th": ("เกียวโด",)},
    "sky-news": {"": ("Sky News",), "ar": ("سكاي نيوز",), "th": ("สกายนิวส์",)},
    "bbc": {"": ("BBC",), "ar": ("بي بي سي",), "th": ("บีบีซี",)},
    "cnn": {"": ("CNN",), "ar": ("سي إن إن",), "th": ("ซีเอ็นเอ็น",)},
}
