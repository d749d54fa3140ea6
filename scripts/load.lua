-- The load test's mix for wrk (scripts/load.sh prepares the sessions and runs it):
--   wrk -t N -c N -d 120s --timeout 10s -s scripts/load.lua http://localhost:8080 -- SESSIONS_FILE
-- One connection per wrk thread, so that each connection is one signed-in user with its own session
-- and the script can time each request itself (wrk's own latency figures do not say which page).
-- Each line of SESSIONS_FILE: "user JSESSIONID-cookie id,id,..." (customers that user may open).
-- Prints, per page: answers, answers/s, p50, p95, p99, max and errors (any answer but 200: a redirect to
-- the login page is an error too); then wrk's count of time-outs and socket errors, over all pages.

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } crm_timespec;
  int clock_gettime(int clock_id, crm_timespec *tp);
]]
local clock = ffi.new("crm_timespec")
local function now_us()
  ffi.C.clock_gettime(1, clock) -- CLOCK_MONOTONIC
  return tonumber(clock.tv_sec) * 1000000 + tonumber(clock.tv_nsec) / 1000
end

-- The mix: every page once per round, the customer list and the customer page more often, as people use them.
local PAGES = {
  { "list", function() return "/customers" end },
  { "list_tier", function(s) return "/customers?tier=" .. s.pick({ "MVC", "MGC", "MAINTAIN", "BZ" }) end },
  { "list_clv", function() return "/customers?sort=clv&dir=desc" end },
  { "list_tier_clv", function() return "/customers?tier=MVC&sort=clv&dir=desc" end },
  { "list_search", function(s) return "/customers?q=" .. s.pick({ "acme", "smith", "summit", "%E7%8E%8B", "harbor", "grace" }) end },
  { "customer", function(s) return "/customers/" .. s.pick(s.ids) end },
  { "customer", function(s) return "/customers/" .. s.pick(s.ids) end },
  { "my_day", function() return "/" end },
  { "report", function(s) return "/reports/" .. s.pick({ "tiers", "pareto", "rfm", "value-matrix", "lifecycle", "migration", "team" }) end },
  { "report_tag", function(s) return "/reports/" .. s.pick({ "tiers", "value-matrix", "migration", "team" }) .. "?tag=newsletter" end },
}

-- main state: hand each thread (= connection) one session from the file
local sessions, threads, next_session = {}, {}, 1

local function load_sessions(file)
  for line in io.lines(file) do
    local user, cookie, ids = line:match("^(%S+)%s+(%S+)%s+(%S+)$")
    if user then sessions[#sessions + 1] = { user = user, cookie = cookie, ids = ids } end
  end
  if #sessions == 0 then error("no sessions in " .. file) end
end

function setup(thread)
  if #sessions == 0 then load_sessions(os.getenv("CRM_LOAD_SESSIONS")) end
  local s = sessions[(next_session - 1) % #sessions + 1]
  thread:set("user", s.user)
  thread:set("cookie", s.cookie)
  thread:set("ids", s.ids)
  thread:set("offset", next_session)
  next_session = next_session + 1
  threads[#threads + 1] = thread
end

-- thread state
-- (wrk also calls request() once in the main state to check it: no session there, hence the defaults)
local state = { ids = { "0" }, pick = function(list) return list[math.random(#list)] end }
local round, pending, started = 0, nil, 0
-- per page, globals that done() reads with thread:get: "lat_<page>", the times of the answers (µs), and
-- "err_<page>", the failures (flat tables only: wrk's thread:get crashes on a table of tables)
local lat, NAMES = {}, {}
for _, p in ipairs(PAGES) do
  if not lat[p[1]] then
    NAMES[#NAMES + 1] = p[1]
    lat[p[1]] = {}
    _G["lat_" .. p[1]] = lat[p[1]]
    _G["err_" .. p[1]] = 0
  end
end
local function failed(page)
  _G["err_" .. page] = _G["err_" .. page] + 1
end

function init(args)
  state.ids = {}
  for id in string.gmatch(ids, "[^,]+") do state.ids[#state.ids + 1] = id end
  math.randomseed(offset * 7919)
  round = offset -- threads start at different places in the mix
end

function request()
  local page = PAGES[(round % #PAGES) + 1]
  round = round + 1
  pending = page[1]
  started = now_us()
  return wrk.format("GET", page[2](state), { ["Cookie"] = "JSESSIONID=" .. (cookie or "") })
end

function response(status, headers, body)
  local took = now_us() - started
  if status == 200 then
    local l = lat[pending]
    l[#l + 1] = took
  else
    failed(pending)
  end
  pending = nil
end

local function percentile(sorted, p)
  if #sorted == 0 then return 0 end
  return sorted[math.max(1, math.ceil(#sorted * p))]
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1000000
  local all, errs, users = {}, {}, {}
  for _, t in ipairs(threads) do
    users[t:get("user")] = (users[t:get("user")] or 0) + 1
    for _, page in ipairs(NAMES) do
      all[page] = all[page] or {}
      for _, v in ipairs(t:get("lat_" .. page)) do all[page][#all[page] + 1] = v end
      errs[page] = (errs[page] or 0) + t:get("err_" .. page)
    end
  end
  local who = {}
  for u, n in pairs(users) do who[#who + 1] = u .. " x" .. n end
  table.sort(who)
  io.write(string.format("\n%d sessions (%s), %.1f s\n", #threads, table.concat(who, ", "), seconds))
  io.write(string.format("%-14s %9s %9s %9s %9s %9s %9s %7s\n", "page", "requests", "req/s", "p50 ms", "p95 ms",
    "p99 ms", "max ms", "errors"))
  local names = {}
  for page in pairs(all) do names[#names + 1] = page end
  table.sort(names)
  local total, total_errors = 0, 0
  for _, page in ipairs(names) do
    local v = all[page]
    table.sort(v)
    total, total_errors = total + #v, total_errors + errs[page]
    io.write(string.format("%-14s %9d %9.1f %9.1f %9.1f %9.1f %9.1f %7d\n", page, #v, #v / seconds,
      percentile(v, 0.50) / 1000, percentile(v, 0.95) / 1000, percentile(v, 0.99) / 1000,
      (v[#v] or 0) / 1000, errs[page]))
  end
  io.write(string.format("%-14s %9d %9.1f %49s %7d\n", "all", total, total / seconds, "", total_errors))
  io.write(string.format("wrk: %d socket errors (connect %d, read %d, write %d, timeout %d), %d non-2xx/3xx\n",
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, summary.errors.status))
end
