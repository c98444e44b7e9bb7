# Two commands do all set-up: `make run` and `make test`.
# Both create a local virtual environment in .venv on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test bench bundle mutate clean translations

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/pathway-viewer

test: $(STAMP)
	$(BIN)/python -m pytest

# Mutation testing of the model modules; slow (tens of minutes), so never part of CI.
# `make mutate MODULES="validation glossary" JOBS=2` runs only those modules.
mutate: $(STAMP)
	$(BIN)/python tools/mutate.py $(MODULES) -j $(or $(JOBS),1)

# The interface's translations (README: "Translating the interface"): lupdate collects every
# tr()/translate() string into the .ts sources (German, French, Spanish and Italian in full, English its plurals only),
# lrelease compiles the .qm files the app ships. Commit both.
TS_SOURCES = $(shell find pathway_viewer models -name '*.py' | sort)
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $(TS_SOURCES) -locations none -no-obsolete -target-language de_DE \
		-ts resources/translations/pathway_viewer_de.ts
	$(BIN)/pyside6-lupdate $(TS_SOURCES) -locations none -no-obsolete -target-language fr_FR \
		-ts resources/translations/pathway_viewer_fr.ts
	$(BIN)/pyside6-lupdate $(TS_SOURCES) -locations none -no-obsolete -target-language es_ES \
		-ts resources/translations/pathway_viewer_es.ts
	$(BIN)/pyside6-lupdate $(TS_SOURCES) -locations none -no-obsolete -target-language it_IT \
		-ts resources/translations/pathway_viewer_it.ts
	$(BIN)/pyside6-lupdate $(TS_SOURCES) -locations none -no-obsolete -pluralonly -target-language en_US \
		-ts resources/translations/pathway_viewer_en.ts
	for ts in resources/translations/*.ts; do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

# The offline one-folder app: build/bundle/pathway-viewer/pathway-viewer (README: "Offline bundle").
bundle: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	$(BIN)/python -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath build/bundle --workpath build/pyinstaller packaging/pathway_viewer.spec
	@du -sh build/bundle/pathway-viewer

clean:
	rm -rf $(VENV) build *.egg-info
