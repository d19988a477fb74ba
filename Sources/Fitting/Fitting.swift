// Fitting: response curves and media-mix models from history.
