// TidingsStore: placeholder until its facade lands.
