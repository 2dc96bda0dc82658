# The network pages: map, health, groups, "My network", and the words beside every figure.

net-nav-label = Network
net-tab-map = Map
net-tab-health = Health
net-tab-groups = Groups
net-tab-me = My network
net-not-computed = The network has not been computed yet; it is computed in the background a few seconds after anything changes.

# Numbers: $n is a whole percentage; $shown a number already written as the locale writes it.
net-percent = { $n }%
net-minutes = { $n ->
    [one] { $shown } minute
   *[other] { $shown } minutes
}
net-hours = { $n ->
    [one] { $shown } hour
   *[other] { $shown } hours
}
net-month = { $month } { $year }
net-mon-1 = Jan
net-mon-2 = Feb
net-mon-3 = Mar
net-mon-4 = Apr
net-mon-5 = May
net-mon-6 = Jun
net-mon-7 = Jul
net-mon-8 = Aug
net-mon-9 = Sep
net-mon-10 = Oct
net-mon-11 = Nov
net-mon-12 = Dec

# What each figure means, and its range here.
net-m-ties-name = People worked with
net-m-ties = How many people someone did something with here: sat in a session, convened, wrote a report or owned an action together.
net-m-hours-name = Time together
net-m-hours = Hours in the same sessions, plus an hour for each session convened or action owned together and half an hour for each report written together.
net-m-betweenness-name = Bridging (betweenness)
net-m-betweenness = How often someone is on the shortest path between two others, from 0 to 1: the higher, the more they connect people who would otherwise be apart.
net-m-constraint-name = Constraint
net-m-constraint = How much someone's contacts already know each other, from 0 to about 1: low means contacts in separate circles (a broker), high means one close circle.
net-m-cluster-name = Cluster
net-m-cluster = A group of people who did more together than with others, found by community detection; colours and shapes on the map tell clusters apart.
net-m-led-name = Led
net-m-led = Sessions someone convened or co-convened and actions they owned.
net-m-modularity = How clearly the network divides into clusters, from 0 (no division) to 1; above about 0.3 the clusters are clear.
net-m-gini = How concentrated leadership is among those who took part: 0 means evenly spread, near 1 means one person leads.
net-m-isolates = People in the network who have not yet done anything together with anyone.
net-m-cross = The share of ties between people of different organizations: ties across the boundary.
net-m-leader-share = The share of those who took part who convened a session or owned an action.
net-typical-one = Typical here: { $value } (most of the { $people } people shown by name).
net-typical-range = Typical here: { $lo }–{ $hi } (the middle half of the { $people } people shown by name).
net-typical-hours-one = Typical here: { $value } hours (most of the { $people } people shown by name).
net-typical-hours-range = Typical here: { $lo }–{ $hi } hours (the middle half of the { $people } people shown by name).
net-over-months-one = Over the months shown: { $value }.
net-over-months-range = Over the months shown: { $lo } to { $hi }.
net-meaning-heading = What the numbers mean

# The map.
net-map-title = Network map
net-map-intro = Computed { $when } from what people did together: { $people } people. { $shown } are shown by name (they agreed to share their metrics); everyone else appears only inside { $groups ->
    [one] { $groups } group
   *[other] { $groups } groups
} of at least five{ $hidden ->
    [0] {""}
   *[other] ; too few people are not shown by name to group them, so { $hidden } are not drawn at all
}. Each cluster is drawn as an island; people without ties yet sit together in the bottom right corner.
net-map-list-heading = People and groups
net-map-list-help = Choose one to see their figures and what they mean.
net-map-panel-heading = Details
net-map-panel-help = Click or tap a person or group on the map or in the list.
net-map-color-by = Colour by
net-map-color-cluster = cluster
net-map-color-organization = organization
net-map-size-by = Size by
net-map-size-strength = time together
net-map-size-betweenness = bridging (betweenness)
net-map-size-ties = people worked with
net-map-size-led = sessions and actions led
net-map-aria = The community's network: each cluster an island, people who agreed as named dots, groups of people not shown by name as larger dots, lines are ties; the list has the same people and groups
net-map-key = Key
net-map-key-help = Larger, paler dots are groups of at least five people not shown by name; lines show each dot's strongest ties (the downloads have all of them).
net-key-named = { $n } shown by name
net-key-group = a group of { $n } not shown by name
net-key-cluster = Cluster { $c }: { $parts }
net-key-pooled = Smaller clusters together: a group of { $n } not shown by name
net-key-alone = No ties yet: { $n } shown by name
net-key-org = { $org }: { $n } shown by name
net-key-org-groups = Groups not shown by name (they may mix organizations)
net-group-in = { $n } people in cluster { $c }
net-group-smaller = { $n } people in smaller clusters
net-line-org = { $org }, { $line }
net-line-no-ties = no ties yet
net-line = cluster { $c }: worked with { $ties }, { $hours } together
net-line-group = { $n } people not shown by name
net-download = Download
net-download-intro = The same network as drawn here, for Gephi, Cytoscape or networkx:
net-download-nodes = people and groups (CSV)
net-download-ties = ties (CSV)
net-map-table = The map as a table
net-col-who = Who
net-col-organization = Organization
net-col-cluster = Cluster
net-col-hours = Time together (hours)
net-col-bridging = Bridging
net-col-led = Led
net-map-table-group = a group of { $n } not shown by name
# The side panel (network.js).
net-js-failed = The map could not be loaded; the list and the table have the same data.
net-js-box-alone = No ties yet
net-js-cluster = Cluster { $c }
net-js-cluster-none = none yet (no ties)
net-js-led = Sessions and actions led
net-js-group-in = { $n } people in cluster { $c } who are not shown by name. Their figures are only ever counted together, never one by one.
net-js-group-smaller = { $n } people from smaller clusters who are not shown by name. Their figures are only ever counted together, never one by one.
net-js-group-ties = Ties to people and groups on the map
net-js-group-hours = Time together with them

# Health.
net-health-title = Network health
net-health-intro = Computed { $when }. Every number here is about the whole community or a month; none can be combined with another to single out anyone who is not shown by name.
net-h-people = People in the network
net-h-ties = Ties
net-h-ties-help = Pairs of people who did something together.
net-h-took-part = Took part in anything
net-h-leaders = Convened or led something
net-h-leaders-value = { $n } ({ $share } of those who took part)
net-h-gini = Concentration of leadership (Gini)
net-h-cross = Ties across organizations
net-h-clusters = Clusters
net-h-modularity = Modularity
net-h-isolates = People without ties
net-chart-spread = Leadership spread
net-chart-spread-title = Share of people taking part who convened or led something, and how concentrated leadership is (Gini), per month
net-chart-led = led something
net-chart-gini = concentration (Gini)
net-chart-cross = Cross-boundary ties
net-chart-cross-title = Share of ties between people of different organizations, at each month's end
net-chart-cross-line = ties across organizations
net-chart-isolates = Isolates and clusters
net-chart-isolates-title = People without ties and clusters of two or more, at each month's end
net-chart-isolates-line = people without ties
net-chart-clusters-line = clusters
net-chart-so-far = so far
net-months = Month by month
net-col-month = Month
net-col-took-part = Took part
net-col-led-something = Led something
net-col-gini = Gini
net-col-ties = Ties
net-col-across = Across organizations
net-col-without = Without ties
net-col-clusters = Clusters
net-so-far = (so far)
net-health-note = "–": not shown, so that no one who is not shown by name can be singled out: a month's leadership needs none or at least five such people taking part, and the network at a month's end needs none or at least five of them active since the last month shown. The current month is not over: it is marked "so far" and left out of the lines.
net-health-none = Nothing to show yet: the network is computed in the background a few seconds after anything changes, and health is shown once it has at least five people.

# Groups (analysts).
net-groups-title = Network groups
net-groups-heading = Groups in the network
net-groups-intro = Computed { $when }. Each row is about the people of a group who are <em>not</em> shown by name (at least five); those shown by name are on the map. Groups that would describe fewer than five, alone or subtracted from another row, are counted together.
net-groups-withheld = Too few people are not shown by name to show any group.
net-groups-by-org = By organization
net-groups-by-cluster = By cluster
net-groups-pooled = Smaller groups together
net-col-group = Group
net-col-people = People
net-col-mean-ties = Mean people worked with
net-col-mean-bridging = Mean bridging
net-col-outward = Ties reaching outside
net-g-led = The share of the group who convened a session or owned an action.
net-g-mean-ties = How many people each of them did something with, on average.
net-g-mean-bridging = How often, on average, one of them is on the shortest path between two others (0 to 1): higher means the group connects others.
net-g-outward = The share of the group's ties that go to people outside it: low means a closed group.
net-intro-heading = Introductions that would help most
net-intro-help = Joining people without ties and the least connected clusters to the rest, between people shown by name, worked out from the map itself.
net-intro-none = None between people who agreed to be shown.
net-intro-pair = { $a } and { $b }

# My network.
net-me-title = My network
net-me-computed = Computed { $when }.
net-me-computed-totals = Computed { $when }: { $people ->
    [one] { $people } person
   *[other] { $people } people
}, { $ties ->
    [one] { $ties } tie
   *[other] { $ties } ties
}, { $clusters ->
    [one] { $clusters } cluster
   *[other] { $clusters } clusters
}, { $isolates } without ties yet.
net-me-named = You agreed that others may see these numbers: members who may see the network find you on the map by name.
net-me-grouped = You agreed that others may see these numbers, but for now you are counted inside a group on the map, not by name: too few people who did not agree would otherwise be left to keep them in groups of five.
net-me-private = Only you see these numbers; on the map you are counted inside a group, never by name. Tick "{ net-me-share }" below to change that.
net-me-ties = People you worked with
net-me-cluster = Your cluster
net-me-cluster-n = cluster { $c }
net-me-cluster-size = cluster { $c }, { $n } people
net-me-cluster-none = none yet (no ties)
net-me-cluster-small = a small cluster
net-me-led = Sessions and actions you led
net-me-invited = People who joined on your invitation
net-me-meet = People you might meet
net-me-meet-help = People shown by name whom you have not worked with yet, most people in common first.
net-me-meet-line = { $common ->
    [one] { $common } person you both worked with ({ $through }). Ask them to introduce you, or say hello at the next gathering.
   *[other] { $common } people you both worked with ({ $through }). Ask one of them to introduce you, or say hello at the next gathering.
}
net-me-and = { $rest } and { $last }
net-me-among = among them { $names }
net-me-on-map = { $name } on the map
net-me-none = You have no network metrics.
net-me-none-left = You have no network metrics: you left the network.
net-me-choices = Choices
net-me-about = convene builds a collaboration network from what people do together here: time in the same session, convening, writing reports and owning actions together, and who invited whom. It shows where leadership spreads and whom to introduce to whom.
net-me-rule-own = Your own network metrics are shown to you, and to others only if you tick "{ net-me-share }".
net-me-rule-groups = Everyone who is not shown by name appears only inside groups of at least 5 such people, and no two published figures can be subtracted to learn about fewer than 5 of them.
net-me-rule-leave = If you leave the network, everything about you is removed before anything is computed.
net-me-opt-out = Leave me out of network analysis
net-me-share = Others may see my own network metrics
net-me-save = Save my choices
