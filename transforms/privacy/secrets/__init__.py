"""Secret detectors: documented token formats, credential structures, the second engine."""
