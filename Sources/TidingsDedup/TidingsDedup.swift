// TidingsDedup: placeholder until its facade lands.
