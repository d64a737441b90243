// TidingsParse: placeholder until its facade lands.
