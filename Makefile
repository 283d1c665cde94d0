# The commands people actually run. Each one sets up what it needs first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
DB     ?= data/warehouse.duckdb
PORT   ?= 8501

.PHONY: run test bench lint format build clean browser browser-optional nginx

# Debian's Chromium (chart images, decks, PDFs, browser tests) and fonts with Vietnamese glyphs.
# Never a browser download of its own: only the distribution's package.
BROWSER_PKGS := chromium fonts-noto-core
browser:
	@command -v chromium >/dev/null 2>&1 && test -f /usr/share/fonts/truetype/noto/NotoSans-Regular.ttf || \
		{ apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $(BROWSER_PKGS); }

# For `make test` and `make bench`: two dashboard processes behind nginx, as deploy/ sets an office up.
nginx:
	@command -v nginx >/dev/null 2>&1 || test -x /usr/sbin/nginx || \
		{ apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx-light; }

# For `make run`: the dashboard works without Chromium (only image/deck export needs it).
browser-optional:
	@$(MAKE) --no-print-directory browser || echo "Chưa cài được Chromium: xuất ảnh, PowerPoint và PDF sẽ báo lỗi; các phần khác vẫn chạy."

# The venv is rebuilt only when a requirements file changes (stamp files).
$(VENV)/.runtime: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.dev: requirements-dev.txt requirements.txt $(VENV)/.runtime
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

# Rebuilt when the schema, the derivation rules or the shipped data change (imports are kept).
$(DB): danvan/store/schema.sql danvan/store/derived/*.sql data/reference/*.csv data/seeds/*.csv | $(VENV)/.runtime
	$(PY) -m danvan --db $(DB) build

build: $(VENV)/.runtime
	$(PY) -m danvan --db $(DB) build

run: $(VENV)/.runtime $(DB) browser-optional
	$(PY) -m streamlit run serve.py --server.address 127.0.0.1 --server.port $(PORT) \
		--server.headless true --browser.gatherUsageStats false

test: $(VENV)/.dev browser nginx
	$(PY) -m pytest

bench: $(VENV)/.dev browser nginx
	$(PY) -m danvan bench --scale national --json build/bench.json

lint: $(VENV)/.dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: $(VENV)/.dev
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

clean:
	rm -rf $(VENV) build .pytest_cache .ruff_cache
