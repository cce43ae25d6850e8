# COOPERATE / PROTEST: "joined the force" enlists; "joined the sit-in" protests


def test_recruits_joining_the_force_is_no_cooperation():
    text = "Two of the dead were recruits who joined the force in January, the officer said."
    assert "COOPERATE" not in _types(text)


def test_joined_forces_stays_cooperation():
    text = "Pakistan joined forces with China to secure the corridor, officials said."
    assert "COOPERATE" in _types(text)


def test_joining_a_sit_in_is_protest():
    text = (
        "Hundreds of villagers joined the sit-in on Wednesday, chanting slogans against the army."
    )
    assert "PROTEST" in _types(text)
    assert "COOPERATE" not in _types(text)


def test_joining_talks_is_no_protest():
    text = "Hundreds of delegates joined the talks on Wednesday in Tashkent."
    assert "PROTEST" not in _types(text)
