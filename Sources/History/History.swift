// History: reading and checking historical spend and outcome data.
