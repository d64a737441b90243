// TidingsExport: placeholder until its facade lands.
