# DEGO plugin: the README's commands. Every target installs what it needs (Debian 12 / Ubuntu, root or sudo).
SHELL := /bin/bash
PY_SYS := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := python3-qgis qgis-providers qgis-server qgis python3-shapely python3-pyproj \
	python3-platformdirs python3-requests python3-jsonschema python3-pytest python3-hypothesis \
	python3-venv xvfb poppler-utils qttools5-dev-tools pyqt5-dev-tools cgi-mapserver
PIP_PACKAGES := pytest-qgis==2.1.0 "pytest-qt<4.5" bandit==1.7.10 detect-secrets==1.5.0 ruff==0.17.6 \
	pytest-cov==6.3.0 coverage==7.17.5
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

# Tests run in a process of their own: the multi-page PDF export of this one crashed its worker thread late in
# whole-suite runs (3 of 4 on 2026-12-01), never alone; under investigation (issue 12's note).
ALONE := tests/test_security_text.py::test_expressions_in_catalogue_and_boundary_texts_print_literally

# Everything, then the lines of plugin code the tests ran (.coveragerc).
test: deps
	$(RUN) -m pytest --cov --cov-report= $(foreach t,$(ALONE),--deselect $(t)) tests
	$(RUN) -m pytest --cov --cov-append --cov-report=term:skip-covered $(ALONE)

test-unit: deps
	$(RUN) -m pytest -q $(UNIT_TESTS)

demo: deps
	$(RUN) tools/demo.py --output output

serve: deps
	$(RUN) -m dego_plugin.tools.refservice --port-static 8401 --port-ows 8402

bench: deps
	$(RUN) bench/run.py

# The DEGO team's publishing step: make catalogue PROJECT=dego.qgz OUT=catalogue.json [PRESETS=presets.json]
.PHONY: catalogue
catalogue: deps
	@[ -n "$(PROJECT)" ] && [ -n "$(OUT)" ] || { echo "usage: make catalogue PROJECT=project.qgz OUT=catalogue.json [PRESETS=presets.json]"; exit 2; }
	$(RUN) tools/build_catalogue.py "$(abspath $(PROJECT))" -o "$(abspath $(OUT))" $(if $(PRESETS),--presets "$(abspath $(PRESETS))")

lint: deps
	$(VENV)/bin/ruff check .
	$(RUN) -m pytest -q tests/unit/test_import_direction.py
	$(VENV)/bin/bandit -q -r . -x ./tests,./tools,./bench,./.venv,./.build,./docs --severity-level low
	$(PY) -m compileall -q -x '(\.venv|\.build)/' .

clean:
	rm -rf .build output dist .pytest_cache i18n/*.qm

# The plugin zip and a plugins.xml in dist/. For a self-hosted repository give the address it will be served
# from: make package PLUGIN_REPO_URL=https://gis.example.nl/qgis-plugins/
.PHONY: package check-package
package: deps
	$(PY) tools/package.py --dist dist $(if $(PLUGIN_REPO_URL),--base-url "$(PLUGIN_REPO_URL)")

check-package: deps
	$(PY) tools/check_package.py
