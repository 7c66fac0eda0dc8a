"""Processing algorithms dego:exportplan and dego:importplan: a municipality's warmteprogramma as open data, and a
plan file back into a plan GeoPackage, from the toolbox, models, batch mode and the command line. The same functions
as the "Warmteprogramma" button (layers/plan_files.py); values outside the schema are reported, never an error."""
from __future__ import annotations

import datetime

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from ..i18n import tr, trn
from ..model.plan import DEFAULT_LICENCE

FINDINGS_SHOWN = 20  # findings listed in the log; the report file has them all


def _report(feedback, findings, report: str) -> None:
    from ..controllers.plan_texts import finding_text

    for finding in findings[:FINDINGS_SHOWN]:
        feedback.pushWarning(f"{finding.buurtcode} {finding.field} = {finding.value!r}: {finding_text(finding.code)}")
    if findings:
        feedback.pushWarning(trn("%n values do not follow the schema; validation report: {0}",
                                 len(findings)).format(report))


def _failure(error) -> QgsProcessingException:
    from ..controllers.plan_texts import plan_failure_text
    from ..model.municipality import Municipality

    return QgsProcessingException(plan_failure_text(error, Municipality("", "")))


class ExportPlanAlgorithm(QgsProcessingAlgorithm):
    PLAN = "PLAN"
    VERSION = "VERSION"
    LICENCE = "LICENCE"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    GPKG = "GPKG"
    GEOJSON = "GEOJSON"
    FINDINGS = "FINDINGS"

    def createInstance(self) -> "ExportPlanAlgorithm":  # noqa: N802 (QGIS's name)
        return ExportPlanAlgorithm()

    def name(self) -> str:
        return "exportplan"

    def displayName(self) -> str:  # noqa: N802 (QGIS's name)
        return tr("Export warmteprogramma as open data")

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS's name)
        return tr("Writes a municipality's warmteprogramma (the plan GeoPackage the Warmteprogramma button makes) as "
                  "open data: a GeoPackage and a GeoJSON following the schema dego-warmteprogramma, with the "
                  "municipality code, the version date and the licence in the metadata. Values that do not follow "
                  "the schema are exported as they are and listed in a validation report.")

    def initAlgorithm(self, config=None) -> None:  # noqa: N802 (QGIS's name)
        self.addParameter(QgsProcessingParameterFile(self.PLAN, tr("Warmteprogramma (GeoPackage)"), extension="gpkg"))
        self.addParameter(QgsProcessingParameterString(self.VERSION, tr("Version date (YYYY-MM-DD; empty: today)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString(self.LICENCE, tr("Licence"), DEFAULT_LICENCE))
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, tr("Output folder")))
        self.addOutput(QgsProcessingOutputFile(self.GPKG, tr("GeoPackage")))
        self.addOutput(QgsProcessingOutputFile(self.GEOJSON, tr("GeoJSON")))
        self.addOutput(QgsProcessingOutputNumber(self.FINDINGS, tr("Values that do not follow the schema")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS's name)
        from ..controllers.plan_texts import report_path, write_report
        from ..layers.plan_files import export_plan
        from ..layers.plan_layer import gpkg_metadata
        from ..model.plan import PlanError, PlanMetadata

        source = self.parameterAsFile(parameters, self.PLAN, context)
        version = self.parameterAsString(parameters, self.VERSION, context).strip() or datetime.date.today().isoformat()
        try:
            datetime.date.fromisoformat(version)
        except ValueError:
            raise QgsProcessingException(tr("“{0}” is not a date (YYYY-MM-DD).").format(version)) from None
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        licence = self.parameterAsString(parameters, self.LICENCE, context).strip() or DEFAULT_LICENCE
        try:
            known = PlanMetadata.from_dict(gpkg_metadata(source))  # written when the plan was made
            code = known.gemeentecode or _municipality_of(source)
            metadata = PlanMetadata(code, known.gemeentenaam, version, licence, known.cbs_jaar)
            exported = export_plan(source, folder, metadata)
        except PlanError as error:
            raise _failure(error) from None
        report = write_report(report_path(exported.gpkg), tr("Validation of the warmteprogramma {0}").format(code),
                              source, exported.findings) if exported.findings else ""
        _report(feedback, exported.findings, report)
        for path in (exported.gpkg, exported.geojson):
            feedback.pushInfo(tr("Written: {0}").format(path))
        return {self.GPKG: exported.gpkg, self.GEOJSON: exported.geojson, self.FINDINGS: len(exported.findings)}


def _municipality_of(source: str) -> str:
    """The gemeentecode the plan's buurten carry (a plan made elsewhere may lack the metadata)."""
    from ..layers.plan_layer import feature_records, open_plan

    codes = [record.get("gemeentecode") for _, record, _ in feature_records(open_plan(source))]
    codes = [code for code in codes if code]
    return max(set(codes), key=codes.count) if codes else ""


class ImportPlanAlgorithm(QgsProcessingAlgorithm):
    INPUT = "INPUT"
    PLAN = "PLAN"
    MATCHED = "MATCHED"
    FINDINGS = "FINDINGS"

    def createInstance(self) -> "ImportPlanAlgorithm":  # noqa: N802 (QGIS's name)
        return ImportPlanAlgorithm()

    def name(self) -> str:
        return "importplan"

    def displayName(self) -> str:  # noqa: N802 (QGIS's name)
        return tr("Import warmteprogramma file")

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS's name)
        return tr("Reads a warmteprogramma file (GeoPackage or GeoJSON of the schema dego-warmteprogramma, e.g. an "
                  "older version) and writes its values into a plan GeoPackage, buurt by buurt (matched by "
                  "buurtcode). Values outside the lists are kept and listed in a validation report.")

    def initAlgorithm(self, config=None) -> None:  # noqa: N802 (QGIS's name)
        self.addParameter(QgsProcessingParameterFile(self.INPUT, tr("Warmteprogramma file (GeoPackage or GeoJSON)")))
        self.addParameter(QgsProcessingParameterFile(self.PLAN, tr("Plan to import into (GeoPackage)"),
                                                     extension="gpkg"))
        self.addOutput(QgsProcessingOutputNumber(self.MATCHED, tr("Buurten imported")))
        self.addOutput(QgsProcessingOutputNumber(self.FINDINGS, tr("Values that do not follow the schema")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS's name)
        from ..controllers.plan_texts import report_path, write_report
        from ..layers.plan_files import import_values, read_plan_file
        from ..layers.plan_layer import open_plan
        from ..model.plan import PlanError

        source = self.parameterAsFile(parameters, self.INPUT, context)
        target = self.parameterAsFile(parameters, self.PLAN, context)
        try:
            plan_file = read_plan_file(source)
            outcome = import_values(open_plan(target), plan_file, commit=True)
        except PlanError as error:
            raise _failure(error) from None
        report = write_report(report_path(target), tr("Validation of the import into {0}").format(target), source,
                              plan_file.findings) if plan_file.findings else ""
        _report(feedback, plan_file.findings, report)
        feedback.pushInfo(trn("%n buurten imported into {0}.", outcome.matched).format(target))
        if outcome.not_in_plan:
            feedback.pushWarning(trn("%n buurten of the file are not in this plan: {0}.",
                                     len(outcome.not_in_plan)).format(", ".join(outcome.not_in_plan)))
        return {self.MATCHED: outcome.matched, self.FINDINGS: len(plan_file.findings)}
