#!/usr/bin/env python3
"""Drives the search page of a running `search-cli serve` in headless Chromium
(Debian's chromium and chromium-driver, Selenium from PyPI), as a user would:
types a query, waits for the first result and its highlight, clicks a facet,
follows "Did you mean", opens "Similar passages", goes back, reloads a shared
URL, and checks that hostile article text is shown as text. Saves wide and
narrow screenshots into OUT. Prints one line per check; exits 1 on the first
failure.

    Tests/browser/search_page.py BASE_URL OUT
"""
import os
import sys

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

base, out = sys.argv[1].rstrip("/"), sys.argv[2]
os.makedirs(out, exist_ok=True)

options = webdriver.ChromeOptions()
for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"]:
    options.add_argument(flag)
binary = next((p for p in ["/usr/bin/chromium", "/usr/bin/chromium-browser"] if os.path.exists(p)), None)
if binary:
    options.binary_location = binary
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
wait = WebDriverWait(driver, 20)


def check(condition, what):
    if not condition:
        driver.save_screenshot(os.path.join(out, "failure.png"))
        print("FAIL", what)
        driver.quit()
        sys.exit(1)
    print("ok", what)


def first_hit():
    return wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#results article.hit")))


def no_alert():
    try:
        driver.switch_to.alert
        return False
    except NoAlertPresentException:
        return True


try:
    driver.get(base + "/")
    box = wait.until(EC.element_to_be_clickable((By.ID, "q")))
    # Keyboard: / focuses the box.
    driver.find_element(By.TAG_NAME, "body").send_keys("/")
    check(driver.switch_to.active_element == box, "/ focuses the search box")

    box.send_keys("Huawei 5G Germany")
    wait.until(lambda d: "q=Huawei+5G+Germany" in d.current_url)
    wait.until(lambda d: d.find_element(By.ID, "results").get_attribute("innerHTML").count("<mark>Germany</mark>") > 0)
    hit = driver.find_element(By.CSS_SELECTOR, "#results article.hit")
    check(hit.get_attribute("data-id") == "000_b7f96fcc7f242880.txt#1", "typing shows the seed's first paragraph first")
    marks = [m.text for m in hit.find_elements(By.TAG_NAME, "mark")]
    check("Huawei" in marks and "Germany" in marks, "its matches are highlighted: %s" % marks)
    check("Wall Street Journal" in hit.text, "it is the Wall Street Journal paragraph")
    driver.save_screenshot(os.path.join(out, "search-wide.png"))
    driver.set_window_size(390, 844)
    driver.save_screenshot(os.path.join(out, "search-narrow.png"))
    check(driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1"), "the narrow layout does not scroll sideways")
    driver.set_window_size(1280, 900)

    # j moves to the first result.
    driver.find_element(By.TAG_NAME, "body").click()
    driver.find_element(By.TAG_NAME, "body").send_keys("j")
    check(driver.switch_to.active_element.get_attribute("data-id") == "000_b7f96fcc7f242880.txt#1", "j focuses the first result")

    # A facet filters.
    facet = driver.find_element(By.CSS_SELECTOR, ".facets section a")
    facet_text = facet.text
    facet.click()
    wait.until(lambda d: "kind:" in d.find_element(By.ID, "q").get_attribute("value"))
    check("kind%3A" in driver.current_url or "kind:" in driver.current_url, "a facet (%s) filters, in the box and the URL" % facet_text)
    first_hit()

    # Back returns to the unfiltered search.
    driver.back()
    wait.until(lambda d: d.find_element(By.ID, "q").get_attribute("value") == "Huawei 5G Germany")
    check(True, "back returns to the search before the facet")

    # Did you mean.
    box = driver.find_element(By.ID, "q")
    box.clear()
    box.send_keys("huawie")
    link = wait.until(EC.element_to_be_clickable((By.CSS_SELECTOR, ".suggestion a")))
    check(link.text == "huawei", "misspelt: Did you mean huawei")
    link.click()
    wait.until(lambda d: d.find_element(By.ID, "q").get_attribute("value") == "huawei")
    first_hit()
    check("q=huawei" in driver.current_url, "following it searches huawei")

    # Similar passages.
    driver.find_element(By.CSS_SELECTOR, "#results article.hit .actions a").click()
    wait.until(EC.text_to_be_present_in_element((By.ID, "results"), "Passages like"))
    check("similar=" in driver.current_url, "Similar passages opens, with its URL")

    # A shared URL, reloaded, with hostile article text.
    driver.get(base + "/?q=Zanzibar")
    first_hit()
    titles = [h.text for h in driver.find_elements(By.CSS_SELECTOR, "#results h2.title")]
    check(any("<script>alert('title')</script>" in t for t in titles), "a hostile title is shown as text: %s" % titles[:3])
    check(no_alert(), "no script from article text ran")
    check(driver.execute_script("return document.querySelectorAll('#results img, #results svg, #results iframe, #results script').length") == 0,
          "no element from article text")
    captions = driver.find_element(By.ID, "results").text
    check('"><img src=x onerror=alert(1)> Zanzibar harbour' in captions, "a hostile caption is shown as text")
    driver.save_screenshot(os.path.join(out, "hostile.png"))
finally:
    driver.quit()
print("all checks passed")
