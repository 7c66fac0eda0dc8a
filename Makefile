# DEGO plugin: the README's commands. Every target installs what it needs (Debian 12 / Ubuntu, root or sudo).
SHELL := /bin/bash
PY_SYS := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := python3-qgis qgis-providers qgis-server qgis python3-shapely python3-pyproj \
	python3-platformdirs python3-requests python3-jsonschema python3-pytest python3-hypothesis \
	python3-venv xvfb xauth poppler-utils qttools5-dev-tools pyqt5-dev-tools cgi-mapserver
# PyQt6 only for the Qt 6 check of `make lint` (tools/qt6_check.py); QGIS itself runs on Debian's PyQt5.
PIP_PACKAGES := pytest-qgis==2.1.0 "pytest-qt<4.5" bandit==1.9.4 detect-secrets==1.5.0 ruff==0.17.6 \
	pytest-cov==6.3.0 coverage==7.17.5 pytest-xdist==3.8.0 PyQt6==6.9.1
# The plugin is imported as `dego_plugin`, whatever this checkout's folder is called.
PLUGIN_LINK := .build/plugins/dego_plugin
RUN := PYTHONPATH=$(CURDIR)/.build/plugins PROJ_DATA=/usr/share/proj QT_QPA_PLATFORM=offscreen \
	PYTHONDONTWRITEBYTECODE=1 $(PY) -P

.PHONY: deps test test-unit demo serve bench lint clean translations
deps: $(VENV)/.ready $(PLUGIN_LINK) translations

$(VENV)/.ready: Makefile
	@dpkg -s $(APT_PACKAGES) >/dev/null 2>&1 || { \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $(APT_PACKAGES); }
	$(PY_SYS) -m venv --system-site-packages $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check $(PIP_PACKAGES)
	touch $@

$(PLUGIN_LINK):
	mkdir -p $(dir $@) && ln -sfn $(CURDIR) $@

translations: $(VENV)/.ready
	@for ts in i18n/*.ts; do [ -e "$$ts" ] || continue; qm=$${ts%.ts}.qm; \
	  [ "$$qm" -nt "$$ts" ] || lrelease -silent "$$ts" -qm "$$qm"; done

# Tests that need no server (make test-unit, under 20 s): tests/unit/ (new ones go there) and these files.
UNIT_TESTS := tests/unit tests/test_catalogue.py tests/test_settings.py tests/test_settings_page.py tests/test_dock.py \
	tests/test_i18n.py tests/test_bundled_catalogue.py

# Everything, then the lines of plugin code the tests ran (.coveragerc). TESTS narrows a run: TESTS=tests/test_clip.py
TESTS := tests
# One pytest process (a QGIS of its own, its own servers) per core, each taking whole files: about half the suite's
# time is spent waiting on servers and Xvfb, so two processes on two cores halve it. JOBS=0: all in this process.
# A crashed process is not replaced: the run ends there, naming the test (a replaced one can leave xdist waiting).
JOBS := auto

test: deps
	$(RUN) -m pytest -n $(JOBS) --dist loadfile --max-worker-restart 0 --cov --cov-report=term:skip-covered $(TESTS)

test-unit: deps
	$(RUN) -m pytest -q $(UNIT_TESTS)

# The same suite on a newer QGIS, in a Debian chroot kept in .build/ (made again when its package list changes):
# SUITE=trixie is QGIS 3.40 LTR, SUITE=forky QGIS 3.44; both run by hand before a change is finished.
CHROOT_PACKAGES := $(APT_PACKAGES) make ca-certificates
CHROOT = $(SUDO) tools/debian_chroot.sh $(1) .build/chroot-$(1) "$(CHROOT_PACKAGES)"
.PHONY: test-qgis debootstrap qgis-api-names
test-qgis: debootstrap
	@[ -n "$(SUITE)" ] || { echo "usage: make test-qgis SUITE=trixie|forky [TESTS=tests/test_x.py]"; exit 2; }
	$(call CHROOT,$(SUITE)) make test TESTS="$(TESTS)"

debootstrap:
	@dpkg -s debootstrap debian-archive-keyring >/dev/null 2>&1 || { \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends debootstrap debian-archive-keyring; }

# The QGIS 3.40 names the Qt 6 check of `make lint` accepts (tools/qt6_check.py), listed in the trixie chroot.
qgis-api-names: debootstrap
	$(call CHROOT,trixie) env QT_QPA_PLATFORM=offscreen python3 tools/qgis_api_names.py >tools/qgis-3.40-api.txt.new
	mv tools/qgis-3.40-api.txt.new tools/qgis-3.40-api.txt

demo: deps
	$(RUN) tools/demo.py --output output

serve: deps
	$(RUN) -m dego_plugin.tools.refservice --port-static 8401 --port-ows 8402

# CITY: the panden added to Proefstad for the city figures (bench/city.py); CITY=200000 is issue 15's size.
CITY := 20000
bench: deps
	CITY=$(CITY) $(RUN) bench/run.py

# The DEGO team's publishing step: make catalogue PROJECT=dego.qgz OUT=catalogue.json [PRESETS=presets.json]
.PHONY: catalogue
catalogue: deps
	@[ -n "$(PROJECT)" ] && [ -n "$(OUT)" ] || { echo "usage: make catalogue PROJECT=project.qgz OUT=catalogue.json [PRESETS=presets.json]"; exit 2; }
	$(RUN) tools/build_catalogue.py "$(abspath $(PROJECT))" -o "$(abspath $(OUT))" $(if $(PRESETS),--presets "$(abspath $(PRESETS))")

# Folders named, not `.` walked: .build/ holds whole Debian chroots (make test-qgis).
SOURCE_DIRS := $(filter-out output/ dist/ __pycache__/,$(wildcard */))
PLUGIN_DIRS := $(filter-out tests/ tools/ bench/ docs/,$(SOURCE_DIRS))
lint: deps
	$(VENV)/bin/ruff check .
	$(RUN) -m pytest -q tests/unit/test_import_direction.py
	$(VENV)/bin/bandit -q -r $(wildcard *.py) $(PLUGIN_DIRS) --severity-level low
	$(PY) -m compileall -q $(wildcard *.py) $(SOURCE_DIRS)
	$(PY) tools/qt6_check.py

clean:
	$(if $(wildcard .build/chroot-*),$(SUDO) rm -rf --one-file-system .build/chroot-*)
	rm -rf --one-file-system .build output dist .pytest_cache i18n/*.qm

# The plugin zip and a plugins.xml in dist/. For a self-hosted repository give the address it will be served
# from: make package PLUGIN_REPO_URL=https://gis.example.nl/qgis-plugins/
.PHONY: package check-package
package: deps
	$(PY) tools/package.py --dist dist $(if $(PLUGIN_REPO_URL),--base-url "$(PLUGIN_REPO_URL)")

check-package: deps
	$(PY) tools/check_package.py

# The user guides' screenshots (docs/img/nl, docs/img/en, docs/img/map-page.png) from the current code, in both
# languages, against the reference service (tools/screenshots.py).
.PHONY: docs
docs: deps
	$(RUN) tools/screenshots.py nl en
