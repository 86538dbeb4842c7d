"""Test harnesses that are not part of the shipped package.

- :mod:`tests.support.airflow_cluster`: start, drive and stop a real Airflow deployment
  (``airflow standalone`` or separate components, Celery workers) for the slow/scale suites
  and local trials.
- :mod:`tests.support.dagbag_report`: parse ``dags/`` with ``DagBag`` in a fresh interpreter
  (``python -m tests.support.dagbag_report``) for the DAG integrity test.
"""
