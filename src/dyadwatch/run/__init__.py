"""Batch runners: local (one process) today; parallel and Dask runners share its checkpoint rules."""
