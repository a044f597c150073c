"""No text is lost for its shape: every file that holds article text becomes one article.

Shapes real news files take (written here from scratch, in several languages): a title line, a
blank line and one long paragraph; one line only (the title is derived from its first sentence).
A property test: a file of one or more sentences of letters, in any script, is never skipped and
keeps every sentence. And a file that is skipped is skipped for a reason true of that file.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from generator.read.normalise import normalise_text
from generator.read.reader import read_seed

# Paragraphs longer than any title (generator/read/titles.py TITLE_MAX_CHARS is 200). Each names a
# publication and quotes a few words: the two things that make a short line a masthead line.
PARAGRAPHS = {
    "en": ("The regional newspaper wrote on Tuesday that the old bridge over the river would stay closed "
           "for another month. The mayor told residents at a meeting: \"We will reopen it in the spring.\" "
           "Engineers found cracks in two of the supports last week and asked for a full inspection."),
    "ru": ("Областная газета «Вечерний вестник» сообщила во вторник, что старый мост через реку останется "
           "закрытым ещё на месяц. Мэр сказал жителям на встрече, что движение откроют весной. Инженеры "
           "нашли трещины в двух опорах на прошлой неделе и потребовали полной проверки."),
    "de": ("Die Zeitung „Abendpost“ berichtete am Dienstag, dass die alte Brücke über den Fluss einen "
           "weiteren Monat gesperrt bleibt. Der Bürgermeister sagte den Anwohnern bei einer Versammlung, "
           "man werde sie im Frühjahr wieder öffnen. Ingenieure fanden Risse in zwei Pfeilern."),
    "ar": ("ذكرت صحيفة \"المساء\" يوم الثلاثاء أن الجسر القديم فوق النهر سيبقى مغلقا لشهر آخر. وقال رئيس "
           "البلدية للسكان في اجتماع إن الجسر سيفتح في الربيع. ووجد المهندسون شقوقا في دعامتين الأسبوع "
           "الماضي وطلبوا فحصا كاملا للجسر قبل إعادة فتحه أمام السيارات."),
    "th": ("หนังสือพิมพ์ \"ข่าวเย็น\" รายงานเมื่อวันอังคารว่าสะพานเก่าข้ามแม่น้ำจะปิดต่อไปอีกหนึ่งเดือน "
           "นายกเทศมนตรีบอกชาวบ้านในการประชุมว่าจะเปิดสะพานอีกครั้งในฤดูใบไม้ผลิ "
           "วิศวกรพบรอยร้าวที่เสาสองต้นเมื่อสัปดาห์ที่แล้วและขอให้ตรวจสอบทั้งหมดก่อนเปิดให้รถวิ่ง"),
}
TITLES = {
    "en": "Old bridge stays closed for another month",
    "ru": "Старый мост закрыт ещё на месяц",
    "de": "Alte Brücke bleibt einen weiteren Monat gesperrt",
    "ar": "الجسر القديم يبقى مغلقا لشهر آخر",
    "th": "สะพานเก่าปิดต่ออีกหนึ่งเดือน",
}
# One line only: the title is the first sentence (without its full stop).
ONE_LINERS = {
    "en": ("The council approved the new budget on Monday. It pays for two schools and a library.",
           "The council approved the new budget on Monday"),
    "ru": ("Совет утвердил новый бюджет в понедельник. Он оплачивает две школы и библиотеку.",
           "Совет утвердил новый бюджет в понедельник"),
    "de": ("Der Rat hat am Montag den neuen Haushalt beschlossen. Er bezahlt zwei Schulen und eine Bibliothek.",
           "Der Rat hat am Montag den neuen Haushalt beschlossen"),
    "ar": ("وافق المجلس على الميزانية الجديدة يوم الاثنين. وهي تمول مدرستين ومكتبة.",
           "وافق المجلس على الميزانية الجديدة يوم الاثنين"),
}


def read_text(tmp_path: Path, text: str, name: str = "article.txt"):
    """The outcome of reading one seed file holding `text`."""
    seeds = tmp_path / "seeds"
    seeds.mkdir(exist_ok=True)
    (seeds / name).write_text(text, encoding="utf-8")
    return read_seed(seeds / name, seeds)


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
def test_a_title_and_one_long_paragraph_is_an_article(tmp_path, lang):
    """Title line, blank line, one paragraph: the title is the first line, the body the whole paragraph."""
    outcome = read_text(tmp_path, f"{TITLES[lang]}\n\n{PARAGRAPHS[lang]}\n")
    assert outcome.skip_reason is None
    article = outcome.article
    assert (article.lang, article.title, article.title_derived) == (lang, TITLES[lang], False)
    assert article.body == PARAGRAPHS[lang]
    assert len(article.paragraphs) == 1
    # The quoted publication in the paragraph is no masthead: neither a source nor a date comes from it.
    assert (article.source, article.published) == (None, None)


@pytest.mark.parametrize("lang", sorted(ONE_LINERS))
def test_one_line_is_an_article_with_a_derived_title(tmp_path, lang):
    """A file of one line: the line is the body, its first sentence the (derived) title."""
    line, title = ONE_LINERS[lang]
    outcome = read_text(tmp_path, line + "\n")
    assert outcome.skip_reason is None
    article = outcome.article
    assert (article.lang, article.title, article.title_derived, article.body) == (lang, title, True, line)


@pytest.mark.parametrize("text, reason", [
    pytest.param("Council meeting moved to Thursday\n\n2023-10-13 13:29\n",
                 r"no article text: the file holds only a title, a timestamp line", id="title-and-timestamp"),
    pytest.param("Reading time: 3 min\nShare this\n", r"nothing is left once site clutter is removed", id="clutter-only"),
    pytest.param("Council meeting moved to Thursday\n\nSource: City Hall\n",
                 r"no article text: the file holds only a title, a source line", id="title-and-source"),
    pytest.param("2023-10-13 13:29\n12.05.2021\n", r"no article text: the file holds no letters", id="dates-only"),
    pytest.param("1234 5678\n\n+++ ---\n", r"no article text: the file holds no letters", id="no-letters"),
])
def test_a_skip_reason_is_true_of_its_file(tmp_path, text, reason):
    """Each reason says what the file holds (read by hand from the text above), not a generic guess."""
    outcome = read_text(tmp_path, text)
    assert outcome.article is None
    assert re.search(reason, outcome.skip_reason), outcome.skip_reason


# Any letter of any script (Unicode letter categories), in words, in sentences ending with a full stop.
WORDS = st.text(st.characters(categories=("Lu", "Ll", "Lo")), min_size=1, max_size=12)
SENTENCES = st.lists(WORDS, min_size=1, max_size=10).map(lambda words: " ".join(words) + ".")


@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sentences=st.lists(SENTENCES, min_size=1, max_size=6), separator=st.sampled_from([" ", "\n", "\n\n"]))
def test_sentences_of_letters_are_never_skipped(tmp_path, sentences, separator):
    """A file of sentences of letters becomes an article that keeps its longest sentence.

    Not every sentence: short lines after the run of article text are a web page's footer
    (generator/read/lines.py), and a file of letters is read by the same rules as any page.
    """
    outcome = read_text(tmp_path, separator.join(sentences) + "\n")
    assert outcome.article is not None, outcome.skip_reason
    article = outcome.article
    kept = article.body if article.title_derived else f"{article.title}\n{article.body}"
    assert normalise_text(max(sentences, key=len)).strip() in kept
