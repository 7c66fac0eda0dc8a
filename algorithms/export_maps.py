"""Processing algorithm dego:exportmaps: the transitievisie maps of one municipality as PDFs, and its buurtprofielen.

Layouts are not thread-safe, so like QGIS's own "Export print layout" the algorithm runs on the main thread
(FlagNoThreading). It works in a project of its own, which the user's project never sees: print layers
(compositions/print_layers.py), the municipal outline, one layout per preset (compositions/map_set.py), then
the export of compositions/export.py, run here synchronously instead of as a task. With BUURT_PROFILES the same
project gets the buurtprofielen (compositions/buurtprofiel_set.py): figures, profile layer, atlas layout, export.
"""
from __future__ import annotations

from qgis.core import (
    QgsFeedback,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
    QgsProject,
)

from ..controllers.messages import orientation_name
from ..i18n import tr, trn
from ..model.presets import PAPER_SIZES
from ..toolbelt.qgis_names import NO_THREADING

# The enum values, "" = as the preset says. Their order is the algorithm's interface (scripts pass the index).
PAPERS = ("",) + PAPER_SIZES
ORIENTATIONS = ("", "portrait", "landscape", "auto")
NO_PROFILES, WITH_PROFILES, ONLY_PROFILES = 0, 1, 2  # BUURT_PROFILES


class ExportMapsAlgorithm(QgsProcessingAlgorithm):
    MUNICIPALITY = "MUNICIPALITY"
    PRESETS = "PRESETS"
    PAPER = "PAPER"
    ORIENTATION = "ORIENTATION"
    COMBINED = "COMBINED"
    WIJK_PAGES = "WIJK_PAGES"
    PLAN = "PLAN"
    BUURT_PROFILES = "BUURT_PROFILES"
    BUURTEN = "BUURTEN"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    FILES = "FILES"

    def createInstance(self) -> "ExportMapsAlgorithm":  # noqa: N802 (QGIS's name)
        return ExportMapsAlgorithm()

    def name(self) -> str:
        return "exportmaps"

    def displayName(self) -> str:  # noqa: N802 (QGIS's name)
        return tr("Export transitievisie maps")

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS's name)
        return tr("Makes the transitievisie maps of the DEGO catalogue for one municipality and saves them as PDF "
                  "files, one per map and optionally one combined PDF. Maps: preset ids separated by commas, "
                  "empty for all maps. With pages per wijk, each map is followed by one page per wijk. The Wat- and "
                  "Wanneer-kaarten draw the municipality's warmteprogramma: give its GeoPackage as Warmteprogramma. "
                  "Buurtprofielen: one A4 page per buurt (all, or the buurtcodes given) in the folder buurtprofielen, "
                  "a PDF per buurt and one combined PDF; figures about few buildings or households are not shown "
                  "(the privacy threshold of the DEGO settings).")

    def flags(self):
        return super().flags() | NO_THREADING  # layouts are not thread-safe

    def initAlgorithm(self, config=None) -> None:  # noqa: N802 (QGIS's name)
        self.addParameter(QgsProcessingParameterString(self.MUNICIPALITY, tr("Municipality code (e.g. GM0363)")))
        self.addParameter(QgsProcessingParameterString(
            self.PRESETS, tr("Maps (preset ids, separated by commas; empty: all)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.PAPER, tr("Paper"), [tr("As in the preset"), *PAPERS[1:]], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.ORIENTATION, tr("Orientation"), [tr("As in the preset"), *map(orientation_name, ORIENTATIONS[1:])],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(self.COMBINED, tr("Also one combined PDF"), False))
        self.addParameter(QgsProcessingParameterBoolean(self.WIJK_PAGES, tr("Add a page per wijk"), False))
        self.addParameter(QgsProcessingParameterFile(self.PLAN, tr("Warmteprogramma (GeoPackage) for the Wat- and "
                                                                   "Wanneer-kaarten"), extension="gpkg", optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.BUURT_PROFILES, tr("Buurtprofielen"),
            [tr("No"), tr("Also the buurtprofielen"), tr("Only the buurtprofielen")], defaultValue=NO_PROFILES))
        self.addParameter(QgsProcessingParameterString(
            self.BUURTEN, tr("Buurtprofielen of these buurten (buurtcodes, separated by commas; empty: all)"),
            optional=True))
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, tr("Output folder")))
        self.addOutput(QgsProcessingOutputString(self.FILES, tr("Files written")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS's name)
        # The map machinery is imported when the algorithm runs, not when QGIS lists it at start-up.
        from ..compositions.buurtprofiel_set import ProfileOptions
        from ..compositions.export import ExportOptions
        from ..service import settings
        from .catalogue_access import dego_catalogue, municipality_for

        catalogue = dego_catalogue(feedback)
        plan = self.parameterAsFile(parameters, self.PLAN, context)
        profiles = self.parameterAsEnum(parameters, self.BUURT_PROFILES, context)
        presets = () if profiles == ONLY_PROFILES else self._presets(
            catalogue, self.parameterAsString(parameters, self.PRESETS, context), bool(plan), feedback)
        municipality = municipality_for(catalogue, self.parameterAsString(parameters, self.MUNICIPALITY, context),
                                        feedback)
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        wijk_pages = self.parameterAsBoolean(parameters, self.WIJK_PAGES, context)
        combined = self.parameterAsBoolean(parameters, self.COMBINED, context)
        profile = self._profile_preset(catalogue) if profiles != NO_PROFILES else None
        project = QgsProject()  # the algorithm's own: nothing is added to the user's project
        self._prepare(project, catalogue, list(presets) + ([profile] if profile else []), municipality, plan,
                      wijk_pages, feedback)
        files = []
        if presets:
            files += self._maps(project, catalogue, presets, municipality, parameters, context, feedback,
                                ExportOptions(folder, pdf_per_map=True, combined_pdf=combined,
                                              combined_name=f"transitievisiekaarten-{municipality.name}",
                                              wijk_pages=wijk_pages))
        if profile is not None:
            from ..model.buurtprofiel import chosen_codes  # with the buurtprofielen' figures, not at QGIS's start

            codes = tuple(chosen_codes(self.parameterAsString(parameters, self.BUURTEN, context)))
            files += self._profiles(project, catalogue, municipality, feedback,
                                    ProfileOptions(folder, True, True, codes, settings.privacy_threshold()))
        if not files:
            raise QgsProcessingException(tr("No PDF was written to {0}.").format(folder))
        for path in files:
            feedback.pushInfo(tr("Written: {0}").format(path))
        return {self.OUTPUT_FOLDER: folder, self.FILES: files}

    def _prepare(self, project, catalogue, presets, municipality, plan: str, wijk_pages: bool, feedback) -> None:
        """The print layers of `presets` (the buurtprofiel's among them), the plan, the municipal outline and mask."""
        from ..compositions.map_set import print_layer_specs
        from ..compositions.print_layers import (
            add_print_layers,
            backgrounds_only,
            build_plan_print_layers,
            build_print_layers,
            name_sources,
            plan_styles,
        )
        from ..layers.clip import MASK_ROLE, OUTLINE_ROLE, boundary_layer, style_mask, style_outline
        from ..service.http import fetch

        feedback.pushInfo(tr("Preparing the layers of the transitievisie maps"))
        layers, failures = build_print_layers(print_layer_specs(catalogue, presets, wijk_pages), municipality,
                                              lambda url: fetch(url).body, feedback.isCanceled,
                                              backgrounds_only(presets), name_sources(catalogue, presets))
        if plan:
            self._add_plan(project, plan, municipality)  # also the buurtprofielen's plan
        if plan and plan_styles(presets):
            plan_layers, plan_failures = build_plan_print_layers(plan, plan_styles(presets))
            layers += plan_layers
            failures.update(plan_failures)
        for title, reason in failures.items():
            feedback.reportError(tr("“{0}” could not be fetched: {1}").format(title, reason))
        add_print_layers(project, layers)
        outline = boundary_layer(municipality, OUTLINE_ROLE, tr("Municipal boundary {0}").format(municipality.name))
        style_outline(outline)
        project.addMapLayer(outline)
        mask = boundary_layer(municipality, MASK_ROLE, tr("Outside {0} (mask)").format(municipality.name))
        style_mask(mask, "#ffffff", 1.0)  # as the dialog's project has one: the maps paint what lies outside white
        project.addMapLayer(mask)

    def _maps(self, project, catalogue, presets, municipality, parameters, context, feedback, options) -> list:
        from ..compositions.map_set import make_layouts

        made = make_layouts(project, catalogue, presets, municipality,
                            PAPERS[self.parameterAsEnum(parameters, self.PAPER, context)],
                            ORIENTATIONS[self.parameterAsEnum(parameters, self.ORIENTATION, context)],
                            wijk_pages=options.wijk_pages)
        for failure in made.failures:
            feedback.reportError(failure)
        if not made.layouts:
            raise QgsProcessingException(tr("No map could be made for {0}.").format(municipality.name))
        return self._export(trn("Exporting %n transitievisie maps", len(made.layouts)), made.layouts, options,
                            feedback)

    def _profiles(self, project, catalogue, municipality, feedback, options) -> list:
        """The buurtprofielen, step by step on this thread (compositions/buurtprofiel_set.py)."""
        from ..compositions.buurtprofiel_figures import make_profile_file
        from ..compositions.buurtprofiel_set import (
            add_profile_layer,
            export_options,
            failure_text,
            figures_input,
            make_profile_layout,
            sources_for,
            unknown_codes,
        )
        from ..compositions.layout import LayoutError
        from ..model.buurtprofiel import ProfileError

        feedback.pushInfo(tr("Computing the buurtprofielen"))
        try:
            sources = sources_for(catalogue)
            outcome = make_profile_file(figures_input(project, sources, municipality, options), feedback.isCanceled)
            missing = unknown_codes(outcome, options.codes)
            if missing:
                raise QgsProcessingException(tr("No buurt of {0} has the code {1}.").format(
                    municipality.name, ", ".join(missing)))
            layer = add_profile_layer(project, outcome, municipality)
            layout = make_profile_layout(project, catalogue, sources, municipality, layer, outcome, options)
        except (ProfileError, LayoutError) as error:
            raise QgsProcessingException(tr("Buurtprofielen: {0}").format(failure_text(error))) from None
        return self._export(tr("Exporting the buurtprofielen of {0}").format(municipality.name), [layout],
                            export_options(options, municipality), feedback)

    @staticmethod
    def _export(description: str, layouts, options, feedback) -> list:
        from ..compositions.export import LayoutExport

        feedback.pushInfo(description)
        export = LayoutExport(layouts, options)
        cancel = QgsFeedback()  # the exporter's own: it reports page progress there, the algorithm its own
        feedback.canceled.connect(cancel.cancel)
        outcome = export.run(cancel, feedback.setProgress)  # synchronously: this algorithm runs on the main thread
        for failure in outcome.failures:
            feedback.reportError(failure)
        return outcome.files

    @staticmethod
    def _profile_preset(catalogue):
        from ..compositions.buurtprofiel_set import failure_text, preset_for, sources_for
        from ..model.buurtprofiel import ProfileError

        try:
            return preset_for(sources_for(catalogue))
        except ProfileError as error:
            raise QgsProcessingException(tr("Buurtprofielen: {0}").format(failure_text(error))) from None

    @staticmethod
    def _add_plan(project: QgsProject, path: str, municipality) -> None:
        """The plan GeoPackage as the project's plan layer of the municipality (raises when it is not a plan)."""
        from ..controllers.plan_texts import plan_failure_text
        from ..layers.plan_layer import PLAN_PROPERTY, open_plan
        from ..model.plan import PlanError

        try:
            layer = open_plan(path)
        except PlanError as error:
            raise QgsProcessingException(tr("Warmteprogramma {0}: {1}").format(
                path, plan_failure_text(error, municipality))) from None
        layer.setCustomProperty(PLAN_PROPERTY, municipality.code)
        project.addMapLayer(layer, False)

    @staticmethod
    def _presets(catalogue, wanted: str, with_plan: bool, feedback) -> tuple:
        from ..model.presets import parse_presets, preset_by_id

        presets, _problems = parse_presets(catalogue)
        ids = [part.strip() for part in wanted.split(",") if part.strip()]
        if not ids:
            if not presets:
                raise QgsProcessingException(tr("The DEGO catalogue has no transitievisie maps."))
            if not with_plan and any(p.uses_plan for p in presets):  # all maps: those of the plan need one
                feedback.pushInfo(tr("No warmteprogramma given: the maps {0} are skipped.").format(
                    ", ".join(p.id for p in presets if p.uses_plan)))
                presets = tuple(p for p in presets if not p.uses_plan)
            return presets
        chosen = tuple(p for p in (preset_by_id(presets, i) for i in ids) if p is not None)
        unknown = [i for i in ids if preset_by_id(presets, i) is None]
        if unknown:
            raise QgsProcessingException(tr("Unknown maps: {0}. The catalogue has: {1}").format(
                ", ".join(unknown), ", ".join(p.id for p in presets)))
        planned = [p.id for p in chosen if p.uses_plan]
        if planned and not with_plan:
            raise QgsProcessingException(tr("The maps {0} draw the municipality's warmteprogramma: give its "
                                            "GeoPackage as PLAN.").format(", ".join(planned)))
        return chosen
