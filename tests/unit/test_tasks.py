"""The background-task contract (toolbelt/tasks.py) on real QGIS's task manager: exactly one outcome, on the GUI
thread, for every way a task can end; stale outcomes dropped; errors logged with their traceback."""
from __future__ import annotations

import gc
import threading
import time

import pytest
from qgis.core import Qgis, QgsProcessingContext, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, Qt, QThread

from dego_plugin.model.errors import CodedError
from dego_plugin.toolbelt.tasks import Outcome, TaskOwner, pending_tasks, wait_for_workers


def delivered(qtbot, outcomes, count=1):
    qtbot.waitUntil(lambda: len(outcomes) >= count and pending_tasks() == 0, timeout=10000)
    qtbot.wait(30)  # a second delivery, if there were one, would come now
    return outcomes


def on_gui_thread(outcomes):
    def record(outcome):
        outcomes.append((outcome, QThread.currentThread() == QCoreApplication.instance().thread()))
    return record


@pytest.mark.parametrize("result", [0, "", [], None, False])
def test_a_falsy_result_is_a_result(qtbot, result):
    """QgsTask.fromFunction dropped these: clearing an empty cache ("0 files") read as a failure."""
    outcomes = []
    TaskOwner().run("falsy", lambda task: result, on_gui_thread(outcomes))
    [(outcome, gui)] = delivered(qtbot, outcomes)
    assert outcome == Outcome(result=result) and outcome.ok and gui


def test_an_unexpected_error_is_the_outcome_and_its_traceback_is_logged(qtbot, dego_log):
    def work(task):
        def deeper():
            raise KeyError("boundary")
        deeper()

    outcomes = []
    TaskOwner().run("Fetching something", work, on_gui_thread(outcomes))
    [(outcome, gui)] = delivered(qtbot, outcomes)
    assert isinstance(outcome.error, KeyError) and not outcome.cancelled and outcome.result is None and gui
    assert outcome.error.__traceback__ is None  # the worker's frames (and what they hold) stay in the worker
    [(text, level)] = [(t, lv) for t, lv in dego_log if "Fetching something" in t]
    assert level == Qgis.MessageLevel.Critical
    assert "KeyError: 'boundary'" in text and "Traceback" in text and "in deeper" in text


def test_a_coded_error_is_logged_with_its_code_as_a_warning(qtbot, dego_log):
    outcomes = []
    TaskOwner().run("Loading the list", lambda task: (_ for _ in ()).throw(CodedError("service_down", "no answer")),
                    outcomes.append)
    [outcome] = delivered(qtbot, outcomes)
    assert outcome.error.code == "service_down"
    assert ("Loading the list: service_down: no answer", Qgis.MessageLevel.Warning) in dego_log
    assert not any(level == Qgis.MessageLevel.Critical for _, level in dego_log)


def test_cancel_while_running_is_cancelled_even_when_work_returns_what_it_has(qtbot):
    started = threading.Event()

    def work(task):
        started.set()
        while not task.is_cancelled():
            time.sleep(0.01)
        return ["half", "of", "it"]  # a partial result must not pass for a whole one

    outcomes = []
    task = TaskOwner().run("long", work, on_gui_thread(outcomes))
    assert started.wait(5)
    task.cancel()
    [(outcome, gui)] = delivered(qtbot, outcomes)
    assert outcome == Outcome(cancelled=True) and gui
    assert task.feedback.isCanceled()  # QGIS calls given the task's feedback stop too


def test_cancel_before_it_runs_delivers_cancelled_without_running(qtbot):
    ran, outcomes = [], []
    owner = TaskOwner()

    def first(outcome):  # inside a completion: the next task is added from the event loop
        task = owner.run("second", lambda t: ran.append(True), outcomes.append)
        task.cancel()

    owner.run("first", lambda task: None, first)
    [outcome] = delivered(qtbot, outcomes)
    assert outcome.cancelled and ran == []


def test_a_task_started_from_an_outcome_runs(qtbot):
    """QGIS 3.22 can leave a task added inside another's completion queued for ever (qgis/QGIS#53806)."""
    owner, outcomes = TaskOwner(), []

    def chain(outcome):
        if outcome.result < 5:
            owner.run(f"step {outcome.result + 1}", lambda task, n=outcome.result + 1: n, chain)
        outcomes.append(outcome.result)

    owner.run("step 0", lambda task: 0, chain)
    assert delivered(qtbot, outcomes, 6) == [0, 1, 2, 3, 4, 5]


def test_renew_drops_the_outcome_and_cancels_the_work(qtbot):
    started, outcomes, seen_cancel = threading.Event(), [], []

    def work(task):
        started.set()
        while not task.is_cancelled():
            time.sleep(0.01)
        seen_cancel.append(True)
        return "stale"

    owner = TaskOwner()
    owner.run("old request", work, outcomes.append)
    assert started.wait(5)
    owner.renew()  # a newer request
    owner.run("new request", lambda task: "fresh", outcomes.append)
    assert delivered(qtbot, outcomes) == [Outcome(result="fresh")]
    assert seen_cancel == [True] and not owner.busy


def test_a_closed_owner_starts_nothing_and_delivers_nothing(qtbot):
    owner, outcomes = TaskOwner(), []
    owner.run("running at unload", lambda task: time.sleep(0.2) or "late", outcomes.append)
    owner.close()
    assert owner.run("after unload", lambda task: "never", outcomes.append) is None
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=5000)
    qtbot.wait(50)
    assert outcomes == []


def test_unload_waits_until_the_cancelled_workers_have_left_the_plugins_code(qtbot, dego_log):
    """After unload QGIS may reload the plugin or, at exit, shut Python down: no worker may still run its code."""
    started, left = threading.Event(), threading.Event()

    def work(task):
        started.set()
        try:
            while not task.is_cancelled():
                time.sleep(0.01)
            time.sleep(0.3)  # e.g. the page being written when Cancel came
        finally:
            left.set()

    owner = TaskOwner()
    owner.run("a long export", work, lambda outcome: None)
    assert started.wait(5)
    owner.close()
    assert wait_for_workers(5.0) and left.is_set()
    # One that does not stop in time is named in the log, and unloading goes on.
    owner = TaskOwner()
    owner.run("a stubborn one", lambda task: time.sleep(0.5), lambda outcome: None)
    qtbot.waitUntil(lambda: not wait_for_workers(0.0), timeout=5000)
    assert not wait_for_workers(0.05)
    assert any("still running" in text and "a stubborn one" in text for text, _ in dego_log)
    owner.close()
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=5000)


def test_a_dropped_layer_is_deleted_on_the_gui_thread_when_dropped(qtbot):
    """A layer made in the worker and moved to the GUI thread is released there, when its outcome is dropped,
    not whenever Python's cyclic GC happens to run (in whatever thread that is)."""
    deleted_on, made = [], threading.Event()
    main = QCoreApplication.instance().thread()

    def work(task):
        layer = QgsVectorLayer("Point?crs=EPSG:28992", "made in the worker", "memory")
        layer.destroyed.connect(lambda: deleted_on.append(QThread.currentThread() == main),
                                Qt.ConnectionType.DirectConnection)
        layer.moveToThread(main)
        made.set()
        time.sleep(0.2)
        return layer

    owner, outcomes = TaskOwner(), []
    owner.run("a layer", work, outcomes.append)
    assert made.wait(10)
    owner.renew()  # a newer request: this layer is not wanted any more
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=5000)
    assert deleted_on == [True] and outcomes == []


def test_the_pool_threads_are_kept_for_the_session(qgis_app):
    """A pool thread that expires takes its PROJ context with it, and QGIS 3.22's CRS objects can hand its dead
    PROJ object to the next thread: the SIGABRT of a full test run (see keep_pool_threads)."""
    from qgis.PyQt.QtCore import QThreadPool

    QThreadPool.globalInstance().setExpiryTimeout(30000)  # Qt's default
    TaskOwner()
    assert QThreadPool.globalInstance().expiryTimeout() == -1


def test_a_crs_first_made_in_a_task_still_transforms_in_later_tasks(qtbot):
    """QGIS 3.40/3.44 forget the PROJ object of a cached CRS when the pool thread that made it first expires: each
    later worker's transform with it fails (3.22 returned the coordinates untransformed). Threads that expire after
    50 ms instead of 30 s show it at once, unless the task threads are kept (keep_pool_threads)."""
    from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle
    from qgis.PyQt.QtCore import QThreadPool

    pools = [QThreadPool.globalInstance()]
    if hasattr(QgsApplication.taskManager(), "threadPool"):
        pools.append(QgsApplication.taskManager().threadPool())
    for pool in pools:
        pool.setExpiryTimeout(50)
    owner = TaskOwner()
    crs_name = "EPSG:3067"  # a CRS no other test asks for: its cache entry is first made in the task

    def transform_in(thread_name):
        transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem.fromOgcWmsCrs(crs_name),
                                           QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
        box = transform.transformBoundingBox(QgsRectangle(380000, 6670000, 390000, 6680000))  # Helsinki
        return thread_name, round(box.xMinimum(), 1), round(box.yMinimum(), 1)

    outcomes = []
    owner.run("first use of the CRS", lambda task: transform_in("task"), outcomes.append)
    delivered(qtbot, outcomes)
    assert transform_in("GUI") == ("GUI", 24.8, 60.1)  # the cache's CRS now has a PROJ object per thread
    qtbot.wait(500)  # an expiring thread would have ended by now
    owner.run("a later use", lambda task: transform_in("task"), outcomes.append)
    delivered(qtbot, outcomes, 2)
    assert [outcome.result for outcome in outcomes] == [("task", 24.8, 60.1)] * 2, outcomes


@pytest.fixture
def automatic_gc_off():
    """Only the collections a test asks for: an automatic one on the GUI thread would free the garbage first."""
    gc.disable()
    yield
    gc.enable()


def _cycle_holding_a_layer(deleted_in: list) -> None:
    """A Processing context (not a QObject) in a reference cycle, owning a layer of the GUI thread."""
    context = QgsProcessingContext()
    context.itself = context  # only the cyclic collector can free it
    layer = QgsVectorLayer("Point?crs=EPSG:28992", "tijdelijk", "memory")
    context.temporaryLayerStore().addMapLayer(layer)
    layer.willBeDeleted.connect(lambda: deleted_in.append(threading.current_thread().name),
                                Qt.ConnectionType.DirectConnection)


def test_a_gui_thread_layer_held_by_a_cycle_that_a_worker_finds_is_deleted_on_the_gui_thread(qtbot,
                                                                                            automatic_gc_off):
    """Python's cyclic collector runs in whichever thread allocates. PyQt defers a QObject it frees there to the
    object's own thread, but not what a freed non-QObject owns: the layer was deleted in the worker while the GUI
    thread could be drawing it (random segfaults in whole test runs)."""
    deleted_in = []
    _cycle_holding_a_layer(deleted_in)
    outcomes = []
    TaskOwner().run("a worker that collects", lambda task: gc.collect(), outcomes.append)
    qtbot.waitUntil(lambda: bool(deleted_in and outcomes), timeout=10000)
    assert outcomes[0].ok and deleted_in == [threading.main_thread().name]


def test_garbage_a_worker_finds_is_freed_not_kept(qtbot, automatic_gc_off):
    deleted_in = []

    def work(task):
        _cycle_holding_a_layer(deleted_in)
        return gc.collect()

    outcomes = []
    TaskOwner().run("a worker's own garbage", work, outcomes.append)
    qtbot.waitUntil(lambda: bool(deleted_in and outcomes), timeout=10000)
    assert not gc.garbage
