"""Buurtprofielen: the key figures of each buurt next to the municipality's, and the privacy rules they obey. No Qt,
no network.

The figures are aggregates of two layers the plugin already clips to the municipality: the panden (one feature per
BAG pand: bouwjaar, energy label, dwellings, gas use) and the buurten with their CBS figures (owner-occupied and
corporation homes, households, low incomes). `Profiles` takes every feature of each layer once (`add_pand`,
`add_buurt`) and sums per buurt and for the municipality; nothing is queried per buurt.

Privacy (docs/handleiding.md, "Buurtprofielen"): a figure is shown only when it rests on at least `floor` panden,
woningen or households: the user's threshold (never below MIN_THRESHOLD for pages that leave the office) or CBS's own
floor for that kind of figure (Toelichting Wijk- en Buurtkaart), whichever is higher; otherwise it prints as
SUPPRESSED with a footnote. Counts are rounded to multiples of 5 and average gas use to 50 m³, as CBS does, so a
hidden buurt cannot be worked out exactly from the municipality's total and its neighbours. A share is shown or
hidden with all shares of its group (they rest on one count), so 100 % minus the others never gives a hidden one.
Per-pand values never leave this module: only sums over at least `floor` panden do.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from .catalogue import Catalogue, LayerEntry
from .errors import CodedError
from .plan import PlanError, plan_sources
from .presets import Preset, PresetLayer

MIN_THRESHOLD = 10  # the lowest threshold for output shared outside the office (CBS convention)
SUPPRESSED = "–"  # en dash: CBS's mark for a figure kept secret
NOT_AVAILABLE = "n.b."  # niet beschikbaar: the data has no value for it
COUNT_STEP = 5  # counts rounded to a multiple of this (CBS rounds counts to 5)
GAS_STEP = 50  # average gas use rounded to this many m³ (as CBS)
SECRET_BELOW = 0  # CBS marks secret or missing statistics with negative sentinels (-99997, -99999999)

# PBL's bouwjaar classes (Startanalyse): (key, first year, first year of the next class).
PERIODS: Tuple[Tuple[str, Optional[int], Optional[int]], ...] = (
    ("bouwjaar_voor_1946", None, 1946),
    ("bouwjaar_1946_1964", 1946, 1965),
    ("bouwjaar_1965_1974", 1965, 1975),
    ("bouwjaar_1975_1991", 1975, 1992),
    ("bouwjaar_1992_2005", 1992, 2006),
    ("bouwjaar_2006_later", 2006, None),
)
EARLIEST_YEAR = 1000  # a bouwjaar before this (0, a sentinel) is unknown
LETTERS = "ABCDEFG"
LABEL_KEYS = tuple(f"label_{letter.lower()}" for letter in LETTERS) + ("label_geen",)

# Kinds of figure: what its base counts and CBS's floor for it.
COUNT, BUILDING_SHARE, GAS_AVERAGE, TENURE_SHARE, INCOME_SHARE = "count", "building", "gas", "tenure", "income"
CBS_FLOORS = {COUNT: 0, BUILDING_SHARE: 20, GAS_AVERAGE: 6, TENURE_SHARE: 20, INCOME_SHARE: 100}

# Every figure of a profile, in the page's order: (key, kind). compositions/ gives each its label.
FIGURES: Tuple[Tuple[str, str], ...] = (
    (("gebouwen", COUNT), ("woningen", COUNT))
    + tuple((key, BUILDING_SHARE) for key, _, _ in PERIODS)
    + tuple((key, BUILDING_SHARE) for key in LABEL_KEYS)
    + (("gas_per_woning", GAS_AVERAGE), ("koopwoningen", TENURE_SHARE), ("corporatiewoningen", TENURE_SHARE),
       ("laag_inkomen", INCOME_SHARE))
)
FIGURE_KEYS = tuple(key for key, _ in FIGURES)

# The fields the figures are read from: DEGO's names (nrg:Energie_gegevens, cbs:Buurt_gegevens); a catalogue's
# `buurtprofiel.fields` may name others. A field the layer lacks leaves its figures NOT_AVAILABLE.
DEFAULT_FIELDS = {
    "pand_buurtcode": "buurtcode",  # without it a pand belongs to the buurt holding a point inside it
    "bouwjaar": "bouwjaar",
    "energielabel": "elabel_definitief",
    "woningen": "pandcount_2020",
    "woningtype": "woningtype",
    "gasverbruik": "gasm3_2020",
    "buurtcode": "buurtcode",
    "buurtnaam": "buurtnaam",
    "water": "water",
    "koopwoningen": "koopwoningen_percentage",
    "corporatiewoningen": "woningcorporatie_woningen_percentage",
    "huishoudens": "huishoudens_aantal",
    "laag_inkomen": "lagerinkomen_percentage_huishouden",
}
NON_RESIDENTIAL = ("utiliteit",)  # woningtype values of panden without dwellings


class ProfileError(CodedError):
    """No buurtprofielen can be made from this catalogue; `code` says why (the GUI translates it)."""


# ------------------------------------------------------------------------------------------ where the data is

@dataclass(frozen=True)
class ProfileSources:
    """The catalogue entries a buurtprofiel is made of, and the fields it reads."""

    panden: LayerEntry  # drawn on the map by energy label; the building figures
    buurten: LayerEntry  # one feature per buurt: the atlas pages, the border, the CBS figures
    background: str = ""  # catalogue id of the background map ('' = none)
    fields: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_FIELDS))
    non_residential: Tuple[str, ...] = NON_RESIDENTIAL

    def field_name(self, key: str) -> str:
        return self.fields.get(key, "")


PRESET_ID = "buurtprofiel"  # the layouts' `dego/composition` mark


def profile_preset(sources: ProfileSources, title: str) -> Preset:
    """The buurtprofiel as a map preset, so its print layers are made, clipped and credited like every map's: the
    panden at every scale, the buurten (their borders), the background map, the buurt and wijk names; A4 upright."""
    return Preset(PRESET_ID, title, (PresetLayer(sources.panden.id, all_scales=True), PresetLayer(sources.buurten.id)),
                  background=sources.background, paper="A4", orientation="portrait", legend_title="", names=True)


def profile_sources(catalogue: Catalogue, presets: Sequence[Any] = ()) -> ProfileSources:
    """The catalogue's `buurtprofiel` section (docs/catalogue.md), each part defaulting to a convention: the panden are
    the first WFS / OGC API Features entry of level "pand" with the keyword "energielabel" (else of level "pand"), the
    buurten those of the warmteprogramma section, the background that of the first preset drawing the panden.
    Raises ProfileError("no_panden" / "no_buurten")."""
    section = catalogue.buurtprofiel if isinstance(catalogue.buurtprofiel, Mapping) else {}
    panden = _vector_entry(catalogue, section.get("panden")) or _energy_label_entry(catalogue)
    if panden is None:
        raise ProfileError("no_panden", "the catalogue has no panden layer (WFS or OGC API Features, level pand)")
    buurten = _vector_entry(catalogue, section.get("buurten"))
    if buurten is None:
        try:
            buurten = plan_sources(catalogue).buurten
        except PlanError:
            raise ProfileError("no_buurten", "the catalogue has no buurten layer (WFS or OGC API Features, level "
                                             "buurt)") from None
    background = section.get("background")
    if not (isinstance(background, str) and catalogue.entry(background) is not None):
        background = next((p.background for p in presets if panden.id in p.layer_ids() and p.background), "")
    fields = dict(DEFAULT_FIELDS)
    overrides = section.get("fields") if isinstance(section.get("fields"), Mapping) else {}
    fields.update({key: value.strip() for key, value in overrides.items()
                   if key in DEFAULT_FIELDS and isinstance(value, str)})
    others = section.get("non_residential")
    non_residential = tuple(str(v) for v in others) if isinstance(others, list) else NON_RESIDENTIAL
    return ProfileSources(panden, buurten, background, fields, non_residential)


def _vector_entry(catalogue: Catalogue, layer_id: Any) -> Optional[LayerEntry]:
    entry = catalogue.entry(layer_id) if isinstance(layer_id, str) else None
    return entry if entry is not None and entry.service.type.is_vector else None


def _energy_label_entry(catalogue: Catalogue) -> Optional[LayerEntry]:
    panden = [e for e in catalogue.layers if e.level == "pand" and e.service.type.is_vector]
    return next((e for e in panden if "energielabel" in (k.lower() for k in e.keywords)), panden[0] if panden else None)


# --------------------------------------------------------------------------------------------------- classes

def period_of(year: Any) -> Optional[str]:
    """The PBL bouwjaar class of a year (None when unknown: empty, 0, a sentinel, a year to come)."""
    number = _number(year)
    if number is None or number < EARLIEST_YEAR or number > 2100:
        return None
    return next(key for key, start, end in PERIODS
                if (start is None or number >= start) and (end is None or number < end))


def label_of(value: Any) -> str:
    """The label key of an energy label as DEGO stores it ('1' = A … '7' = G) or as a letter ('A', 'A++', 'c');
    'label_geen' for none or anything else."""
    text = str(value if value is not None else "").strip().upper()
    if text in ("1", "2", "3", "4", "5", "6", "7"):
        return LABEL_KEYS[int(text) - 1]
    if text[:1] in LETTERS and text[:1] and text[1:].strip("+") == "":
        return LABEL_KEYS[LETTERS.index(text[0])]
    return "label_geen"


def _number(value: Any) -> Optional[float]:
    """A finite number, or None (None, '', text, NaN)."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


# ---------------------------------------------------------------------------------------------- privacy rules

@dataclass(frozen=True)
class PrivacyRules:
    """When a figure may be shown: at least `floor(kind)` panden, woningen or households under it."""

    threshold: int = MIN_THRESHOLD

    def __post_init__(self) -> None:
        object.__setattr__(self, "threshold", max(MIN_THRESHOLD, int(self.threshold)))

    def floor(self, kind: str) -> int:
        return max(self.threshold, CBS_FLOORS[kind])


@dataclass(frozen=True)
class Figure:
    """One figure: its value (None: not available), what it rests on, and the floor it must reach."""

    kind: str
    value: Optional[float]
    base: int
    floor: int

    @property
    def shown(self) -> bool:
        return self.value is not None and self.base >= self.floor

    @property
    def suppressed(self) -> bool:
        return self.value is not None and self.base < self.floor

    @property
    def text(self) -> str:
        """As printed: '1.235' (a count, to 5), '23%', '1.250' (m³, to 50), SUPPRESSED or NOT_AVAILABLE."""
        if self.value is None:
            return NOT_AVAILABLE
        if not self.shown:
            return SUPPRESSED
        if self.kind == COUNT:
            return dutch_integer(rounded(self.value, COUNT_STEP))
        if self.kind == GAS_AVERAGE:
            return dutch_integer(rounded(self.value, GAS_STEP))
        return f"{rounded(self.value, 1)}%"


def rounded(value: float, step: int) -> int:
    """To the nearest multiple of `step`, halves up (2.5 → 3, not Python's 2)."""
    return int(math.floor(value / step + 0.5)) * step


def dutch_integer(number: int) -> str:
    """1234567 → '1.234.567'."""
    return f"{number:,}".replace(",", ".")


# ------------------------------------------------------------------------------------------------ the tally

@dataclass
class Tally:
    """The sums of one area (a buurt or the municipality)."""

    panden: int = 0
    woningen: int = 0
    known_year: int = 0
    periods: Dict[str, int] = field(default_factory=dict)
    labels: Dict[str, int] = field(default_factory=dict)
    gas_m3: float = 0.0
    gas_panden: int = 0
    gas_woningen: int = 0

    def add(self, period: Optional[str], label: str, woningen: int, gas: Optional[float]) -> None:
        self.panden += 1
        self.woningen += woningen
        if period is not None:
            self.known_year += 1
            self.periods[period] = self.periods.get(period, 0) + 1
        self.labels[label] = self.labels.get(label, 0) + 1
        if gas is not None and woningen > 0:
            self.gas_m3 += gas
            self.gas_panden += 1
            self.gas_woningen += woningen


@dataclass(frozen=True)
class CbsFigures:
    """A buurt's CBS figures as published: percentages and the number of households (None: not in the data)."""

    koopwoningen: Optional[float] = None
    corporatiewoningen: Optional[float] = None
    huishoudens: Optional[float] = None
    laag_inkomen: Optional[float] = None


@dataclass(frozen=True)
class Pand:
    """What the figures need of one pand (never printed as such)."""

    buurtcode: str
    bouwjaar: Any = None
    energielabel: Any = None
    woningen: Any = None
    residential: bool = True
    gas: Any = None


class Profiles:
    """The figures of every buurt and of the municipality, summed in one pass over each layer."""

    def __init__(self, rules: PrivacyRules = PrivacyRules(), buildings: bool = True, dwellings: bool = True,
                 gas: bool = True, years: bool = True, labels: bool = True) -> None:
        self.rules = rules
        # Which pand figures the panden layer can give (its fields): the others are NOT_AVAILABLE.
        self.available = {"buildings": buildings, "dwellings": dwellings, "gas": gas, "years": years, "labels": labels}
        self.buurten: Dict[str, Tally] = {}
        self.municipality = Tally()
        self.cbs: Dict[str, CbsFigures] = {}

    def add_pand(self, pand: Pand) -> None:
        """One pand (counted for the municipality also when it lies in none of its buurten). A residential pand holds
        its `woningen`, at least one (also when the layer has no such field); a non-residential one none."""
        dwellings = _number(pand.woningen)
        woningen = 0 if not pand.residential else int(dwellings) if dwellings is not None and dwellings >= 1 else 1
        gas = _number(pand.gas)
        if gas is not None and gas < 0:
            gas = None
        args = (period_of(pand.bouwjaar), label_of(pand.energielabel), woningen, gas if pand.residential else None)
        self.municipality.add(*args)
        if pand.buurtcode:
            self.buurten.setdefault(pand.buurtcode, Tally()).add(*args)

    def add_buurt(self, buurtcode: str, figures: CbsFigures) -> None:
        self.cbs[buurtcode] = figures
        self.buurten.setdefault(buurtcode, Tally())

    # -- the figures ---------------------------------------------------------------------------------
    def figures(self, buurtcode: str) -> Dict[str, Figure]:
        """Every figure of one buurt (FIGURE_KEYS)."""
        tally = self.buurten.get(buurtcode, Tally())
        cbs = self.cbs.get(buurtcode, CbsFigures())
        found = self._pand_figures(tally)
        found["koopwoningen"] = self._percentage(TENURE_SHARE, cbs.koopwoningen, tally.woningen)
        found["corporatiewoningen"] = self._percentage(TENURE_SHARE, cbs.corporatiewoningen, tally.woningen)
        households = _number(cbs.huishoudens)
        found["laag_inkomen"] = self._percentage(INCOME_SHARE, cbs.laag_inkomen,
                                                 int(households) if households and households > 0 else 0)
        return found

    def municipality_figures(self) -> Dict[str, Figure]:
        """Every figure of the municipality; its CBS shares are those of its buurten weighted by their woningen
        (tenure) or households (income), over the buurten CBS published them for."""
        found = self._pand_figures(self.municipality)
        for key in ("koopwoningen", "corporatiewoningen"):
            found[key] = self._weighted(TENURE_SHARE, key, lambda code, cbs: self.buurten[code].woningen)
        found["laag_inkomen"] = self._weighted(
            INCOME_SHARE, "laag_inkomen", lambda code, cbs: max(0, int(_number(cbs.huishoudens) or 0)))
        return found

    def _pand_figures(self, tally: Tally) -> Dict[str, Figure]:
        available = self.available
        found = {"gebouwen": self._figure(COUNT, tally.panden, tally.panden, available["buildings"]),
                 "woningen": self._figure(COUNT, tally.woningen, tally.woningen, available["dwellings"])}
        for key, _, _ in PERIODS:
            found[key] = self._share(tally.periods.get(key, 0), tally.known_year, available["years"])
        for key in LABEL_KEYS:
            found[key] = self._share(tally.labels.get(key, 0), tally.panden, available["labels"])
        average = tally.gas_m3 / tally.gas_woningen if tally.gas_woningen else None
        found["gas_per_woning"] = self._figure(GAS_AVERAGE, average, tally.gas_panden, available["gas"])
        return found

    def _figure(self, kind: str, value: Optional[float], base: int, available: bool = True) -> Figure:
        return Figure(kind, value if available else None, base, self.rules.floor(kind))

    def _share(self, count: int, total: int, available: bool) -> Figure:
        return self._figure(BUILDING_SHARE, 100.0 * count / total if total else None, total, available)

    def _percentage(self, kind: str, value: Optional[float], base: int) -> Figure:
        """A CBS percentage: negative is CBS's own secret (shown as suppressed, whatever the base)."""
        number = _number(value)
        if number is None:
            return self._figure(kind, None, base)
        return self._figure(kind, number, base if number >= SECRET_BELOW else 0)

    def _weighted(self, kind: str, key: str, weight_of) -> Figure:
        total, weights, seen = 0.0, 0, False
        for code, cbs in self.cbs.items():
            value = _number(getattr(cbs, key))
            if value is None:
                continue
            seen = True
            weight = weight_of(code, cbs)
            if value >= SECRET_BELOW and weight > 0:
                total += value * weight
                weights += weight
        if not seen:
            return self._figure(kind, None, 0)
        return self._figure(kind, total / weights if weights else 0.0, weights)


def cbs_figures(record: Mapping[str, Any], sources: ProfileSources) -> CbsFigures:
    """A buurt's CBS figures from its attributes (missing fields: None)."""
    def value(key: str) -> Optional[float]:
        name = sources.field_name(key)
        return _number(record.get(name)) if name else None
    return CbsFigures(value("koopwoningen"), value("corporatiewoningen"), value("huishoudens"), value("laag_inkomen"))


def is_residential(woningtype: Any, sources: ProfileSources) -> bool:
    return str(woningtype if woningtype is not None else "").strip().lower() not in \
        {value.lower() for value in sources.non_residential}


def chosen_codes(text: str) -> List[str]:
    """Buurtcodes from text separated by commas or spaces (as typed in Processing), each once, upper case."""
    return list(dict.fromkeys(part.strip().upper() for part in text.replace(",", " ").split() if part.strip()))


def codes_missing(chosen: Iterable[str], known: Iterable[str]) -> List[str]:
    known_set = set(known)
    return [code for code in chosen if code not in known_set]
