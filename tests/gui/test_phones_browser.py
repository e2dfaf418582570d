"""The phone page in a real browser (issue 19): Debian's chromium and chromedriver with Selenium,
a 360x740 window, against the room opened from the real main window on loopback.

It joins by URL, writes two cards (one full of HTML, shown literally), keeps a draft across a
reload, votes, rates a stage; the facilitator reveals and the cards and dots are in the file.
Skipped, with the reason, only where chromium or chromedriver is not installed (CI installs
the Debian packages `chromium` and `chromium-driver`). Set CXWORKSHOP_SHOTS=DIR to keep the
screenshots.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from cxworkshop.model.records import Lane, Participant, Stage
from cxworkshop.room.page_texts import texts
from cxworkshop.room.protocol import Activity
from tests.gui.conftest import open_window

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER),
                                reason="needs Debian's chromium and chromium-driver packages "
                                       "(apt-get install chromium chromium-driver)")
XSS = "<b>bold</b> & <script>alert(1)</script>"


@pytest.fixture
def browser(tmp_path: Path):
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager never downloads anything
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--no-first-run",
                     "--disable-dev-shm-usage", f"--user-data-dir={tmp_path / 'chromium'}",
                     "--window-size=360,740"):
        options.add_argument(argument)
    # A phone's viewport (touch, overlay scroll bars), not a narrow desktop window.
    options.add_experimental_option("mobileEmulation", {
        "deviceMetrics": {"width": 360, "height": 740, "pixelRatio": 1.0, "touch": True}})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_window_size(360, 740)
    yield driver
    driver.quit()


def _shot(driver, name: str, tmp_path: Path) -> None:
    folder = Path(os.environ.get("CXWORKSHOP_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(folder / f"phone-{name}.png"))


def test_a_phone_joins_writes_votes_and_rates(qtbot, demo_file: Path, browser, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    win = open_window(qtbot, demo_file)
    panel = win.room_ui.panel
    url = panel.open_room()
    assert url is not None
    document = win.document
    first = document.first_map()
    stages = document.rows(Stage, map_id=first.id)
    pains = next(lane for lane in document.rows(Lane, map_id=first.id) if lane.kind == "pain_points")
    person = next(p for p in document.rows(Participant) if not p.is_department)
    from selenium.common.exceptions import StaleElementReferenceException

    # The page re-renders its lists on every push: an element may go stale between two looks.
    page = texts(document.workshop().language)  # the page follows the workshop's language
    wait = WebDriverWait(browser, 10, ignored_exceptions=(StaleElementReferenceException,))

    def shown(element_id: str):
        return wait.until(lambda d: d.find_element(By.ID, element_id).is_displayed() and d.find_element(By.ID, element_id))

    def press(find) -> None:
        # Found and clicked in one try: a push between the two re-renders the list.
        wait.until(lambda d: find(d).click() or True)

    def settle(condition) -> None:
        # The facilitator's side runs on this thread: let Qt deliver the room's notices.
        qtbot.waitUntil(condition, timeout=10000)

    browser.get(url)
    shown("join")
    assert browser.execute_script("return window.innerWidth") == 360
    _shot(browser, "join", tmp_path)
    button = next(b for b in browser.find_elements(By.CSS_SELECTOR, "#people button") if b.text == person.name)
    button.click()
    shown("idle")
    settle(lambda: panel.devices.count() == 1)

    panel.open_activity(Activity.WRITING, None, pains.id)
    shown("writing")
    assert browser.find_element(By.ID, "lane").get_attribute("disabled") is not None  # fixed lane
    from selenium.webdriver.support.select import Select

    Select(browser.find_element(By.ID, "stage")).select_by_visible_text(stages[1].name)
    for text in ("Nobody answers the phone", XSS):
        browser.find_element(By.ID, "text").send_keys(text)
        browser.find_element(By.ID, "send").click()
        wait.until(lambda d: d.find_element(By.ID, "text").get_attribute("value") == "")
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#sent li")) == 2)
    # Shown literally, as text (the newest first).
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#sent li")[0].text.startswith(XSS))
    assert browser.find_elements(By.CSS_SELECTOR, "#sent b, #sent script") == []
    # A draft survives the phone reloading (sleep, lost connection): localStorage.
    browser.find_element(By.ID, "text").send_keys("half a thought")
    browser.refresh()
    shown("writing")
    assert browser.find_element(By.ID, "text").get_attribute("value") == "half a thought"
    assert not browser.find_element(By.ID, "join").is_displayed()  # the same session, no new join
    # Nothing wider than the phone: no sideways scrolling.
    assert browser.execute_script("return document.documentElement.scrollWidth") <= 360
    _shot(browser, "writing", tmp_path)
    settle(lambda: panel.inbox.count() == 2)
    assert panel.devices.count() == 1

    panel.reveal(None)
    wait.until(lambda d: all(page["on_board"] in li.text for li in d.find_elements(By.CSS_SELECTOR, "#sent li")))
    conn = sqlite3.connect(f"file:{demo_file}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT text, kind, stage_id, lane_id FROM card ORDER BY id DESC LIMIT 2").fetchall()
    finally:
        conn.close()
    assert sorted(rows) == sorted([(f"Nobody answers the phone\n— {person.name}", "pain_point", stages[1].id, pains.id),
                                   (f"{XSS}\n— {person.name}", "pain_point", stages[1].id, pains.id)])

    round_id = document.start_round(first.id, 2, title="Phones", votable_kinds=["pain_point"])
    panel.open_voting()
    shown("voting")
    wait.until(lambda d: "2" in d.find_element(By.ID, "dots-left").text)
    press(lambda d: d.find_elements(By.CSS_SELECTOR, "#votable li .dotrow button:last-child")[0])
    wait.until(lambda d: "1" in d.find_element(By.ID, "dots-left").text)
    _shot(browser, "voting", tmp_path)

    panel.open_activity(Activity.EMOTION)
    shown("emotion")
    press(lambda d: d.find_elements(By.CSS_SELECTOR, "#stages li")[0].find_elements(By.TAG_NAME, "button")[3])  # +1
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#stages li")[0]
               .find_elements(By.TAG_NAME, "button")[3].get_attribute("aria-pressed") == "true")
    press(lambda d: d.find_element(By.ID, "ready"))
    wait.until(lambda d: d.find_element(By.ID, "ready-count").text == page["ready_count"].format(ready=1, total=1))
    _shot(browser, "emotion", tmp_path)
    settle(lambda: "+1: 1" in panel.ratings.item(0).text())

    panel.reveal(None)
    conn = sqlite3.connect(f"file:{demo_file}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT participant_id FROM vote WHERE round_id = ?", (round_id,)).fetchall() == \
            [(person.id,)]
    finally:
        conn.close()

    panel.end_room()
    wait.until(lambda d: d.find_element(By.ID, "over").is_displayed())
    assert browser.find_element(By.ID, "over").text == page["ended"]
    win.close()
