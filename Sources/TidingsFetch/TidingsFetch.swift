// TidingsFetch: placeholder until its facade lands.
