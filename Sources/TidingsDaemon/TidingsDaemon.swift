// TidingsDaemon: placeholder until its facade lands.
