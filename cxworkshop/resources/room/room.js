// The participant's page of CX Workshop's room mode. Plain JavaScript, no build step, no external
// resource. Every text from the room is shown with textContent, never as HTML. What the phone
// types is kept in localStorage until the server has accepted it, so sleep and reconnects lose nothing.
"use strict";

(function () {
  const base = location.pathname.replace(/[^/]*$/, "");
  const token = base.split("/").filter(Boolean).pop() || "";
  const key = "cxroom:" + token;
  const $ = (id) => document.getElementById(id);
  let T = {};
  let saved = load();
  let view = null;
  let socket = null;
  let retry = 0;
  let over = false;

  function load() {
    try { return JSON.parse(localStorage.getItem(key) || "{}") || {}; } catch (e) { return {}; }
  }
  function store() {
    try { localStorage.setItem(key, JSON.stringify(saved)); } catch (e) { /* private mode: memory only */ }
  }
  function t(name, params) {
    let text = T[name] || name;
    for (const k in params || {}) text = text.split("{" + k + "}").join(String(params[k]));
    return text;
  }
  function say(text) { $("error").textContent = text || ""; }
  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }

  async function api(path, body) {
    const options = { method: body === undefined ? "GET" : "POST", headers: {}, cache: "no-store" };
    if (saved.session) options.headers["X-Room-Session"] = saved.session;
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(base + path, options);
    } catch (e) {
      offline();
      return { ok: false, status: 0, data: {} };
    }
    let data = {};
    try { data = await response.json(); } catch (e) { data = {}; }
    if (response.status === 403 && saved.session && path !== "api/info") gone(data.error);
    else if (!response.ok) say(data.error || String(response.status));
    else say("");
    return { ok: response.ok, status: response.status, data: data };
  }

  function gone(message) {
    delete saved.session;
    store();
    if (socket) { socket.onclose = null; socket.close(); }
    finish(message || t("removed"));
  }
  function finish(message) {
    over = true;
    $("join").hidden = true;
    $("room").hidden = true;
    $("over").hidden = false;
    $("over").textContent = message;
    $("status").textContent = "";
    $("status").className = "";
  }
  function offline() {
    if (over) return;
    $("status").textContent = t("offline");
    $("status").className = "offline";
  }
  function online() {
    $("status").textContent = t("online");
    $("status").className = "";
  }

  async function start() {
    const info = await api("api/info");
    if (!info.ok) {
      if (info.status) finish(info.data.error || String(info.status));
      else setTimeout(start, 2000);
      return;
    }
    T = info.data.texts;
    document.documentElement.lang = info.data.language;
    $("title").textContent = info.data.title || "CX Workshop";
    document.title = info.data.title || "CX Workshop";
    fixedTexts();
    if (saved.session) {
      const state = await api("api/state");
      if (state.ok) { render(state.data); connect(); return; }
      if (over) return;
    }
    showJoin(info.data);
  }

  function fixedTexts() {
    $("join-heading").textContent = t("pick_name");
    $("writing-heading").textContent = t("writing");
    $("voting-heading").textContent = t("voting");
    $("emotion-heading").textContent = t("emotion");
    $("stage-label").textContent = t("stage");
    $("lane-label").textContent = t("lane");
    $("text-label").textContent = t("your_card");
    $("send").textContent = t("send");
    $("sent-heading").textContent = t("sent");
    $("idle").textContent = t("waiting");
    $("text").value = saved.draft || "";
    updateLeft();
  }

  function showJoin(info) {
    $("join").hidden = false;
    $("room").hidden = true;
    const people = $("people");
    people.replaceChildren();
    const choices = info.participants.map((p) => [p.id, p.name]);
    if (info.allow_anonymous) choices.push([null, t("anonymous")]);
    for (const [id, name] of choices) {
      const button = el("button", name);
      button.type = "button";
      button.addEventListener("click", () => join(id));
      people.appendChild(button);
    }
  }

  async function join(id) {
    const result = await api("api/join", { participant_id: id });
    if (!result.ok) return;
    saved.session = result.data.session;
    store();
    $("join").hidden = true;
    render(result.data.view);
    connect();
  }

  function connect() {
    if (over || !saved.session) return;
    if (socket && socket.readyState <= 1) return;  // one live connection per page
    const scheme = location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + location.host + base + "ws?s=" + encodeURIComponent(saved.session));
    socket.onopen = () => { retry = 0; online(); };
    socket.onmessage = (event) => {
      let message;
      try { message = JSON.parse(event.data); } catch (e) { return; }
      if (message.type === "view") render(message.view);
      else if (message.type === "gone") gone(message.error);
      else if (message.type === "ended") { socket.onclose = null; finish(t("ended")); }
    };
    socket.onclose = () => { offline(); later(); };
  }

  let pending = null;
  function later() {
    // One retry at a time, backing off to 5 s: a phone waking up does not hammer the laptop.
    if (pending || over) return;
    retry = Math.min(retry + 1, 5);
    pending = setTimeout(() => { pending = null; reconnect(); }, 1000 * retry);
  }

  async function reconnect() {
    if (over) return;
    const state = await api("api/state");
    if (state.ok) { render(state.data); connect(); }
    else later();
  }

  function fill(select, items, chosen) {
    const current = chosen !== undefined && chosen !== null ? String(chosen) : select.value;
    select.replaceChildren();
    for (const item of items) {
      const option = el("option", item.name);
      option.value = String(item.id);
      select.appendChild(option);
    }
    if (items.some((item) => String(item.id) === current)) select.value = current;
  }

  function render(v) {
    view = v;
    $("room").hidden = false;
    $("join").hidden = true;
    $("who").textContent = t("you_are", { name: v.anonymous ? t("anonymous") : v.name });
    $("ready-count").textContent = t("ready_count", { ready: v.ready_count, total: v.devices });
    $("idle").hidden = v.activity !== "idle";
    $("writing").hidden = v.activity !== "writing";
    $("voting").hidden = v.activity !== "voting";
    $("emotion").hidden = v.activity !== "emotion";
    const ready = $("ready");
    ready.hidden = v.activity === "idle";
    ready.textContent = v.ready ? t("not_ready") : t("ready");
    ready.setAttribute("aria-pressed", v.ready ? "true" : "false");
    if (v.activity === "writing") renderWriting(v);
    if (v.activity === "voting") renderVoting(v);
    if (v.activity === "emotion") renderEmotion(v);
  }

  function renderWriting(v) {
    const fixedStage = v.cell.stage_id !== null, fixedLane = v.cell.lane_id !== null;
    fill($("stage"), v.stages, fixedStage ? v.cell.stage_id : saved.stage);
    fill($("lane"), v.lanes, fixedLane ? v.cell.lane_id : saved.lane);
    $("stage").disabled = fixedStage;
    $("lane").disabled = fixedLane;
    const list = $("sent");
    list.replaceChildren();
    for (const card of v.cards.slice().reverse()) {
      const item = el("li", card.text);
      item.appendChild(el("span", card.revealed ? t("on_board") : t("waiting_reveal"), "meta"));
      list.appendChild(item);
    }
  }

  function renderVoting(v) {
    $("dots-left").textContent = v.anonymous ? t("no_vote_anonymous") : t("dots_left", { n: v.dots_left });
    const list = $("votable");
    list.replaceChildren();
    for (const card of v.votable) {
      const item = el("li", card.text);
      item.appendChild(el("span", card.stage, "meta"));
      const mine = v.my_dots[String(card.id)] || 0;
      const row = el("div", undefined, "dotrow");
      const minus = el("button", "−");
      minus.type = "button";
      minus.setAttribute("aria-label", t("remove_dot"));
      minus.disabled = mine === 0;
      minus.addEventListener("click", () => api("api/undot", { card_id: card.id }));
      const plus = el("button", "+");
      plus.type = "button";
      plus.setAttribute("aria-label", t("add_dot"));
      plus.disabled = v.anonymous || v.dots_left === 0;
      plus.addEventListener("click", () => api("api/dot", { card_id: card.id }));
      row.append(minus, el("span", "● ".repeat(mine).trim() || "0", "dots"), plus);
      item.appendChild(row);
      list.appendChild(item);
    }
  }

  const SCALE = [[-2, "very_bad"], [-1, "bad"], [0, "neutral"], [1, "good"], [2, "very_good"]];

  function renderEmotion(v) {
    const list = $("stages");
    list.replaceChildren();
    for (const stage of v.stages) {
      const item = el("li");
      item.appendChild(el("strong", stage.name));
      const scale = el("div", undefined, "scale");
      const chosen = v.ratings[String(stage.id)];
      for (const [score, word] of SCALE) {
        const button = el("button", score > 0 ? "+" + score : String(score));
        button.type = "button";
        button.title = t(word);
        button.setAttribute("aria-label", stage.name + ": " + t(word));
        button.setAttribute("aria-pressed", chosen === score ? "true" : "false");
        button.addEventListener("click", () => api("api/rate", { stage_id: stage.id, score: score }));
        scale.appendChild(button);
      }
      item.appendChild(scale);
      list.appendChild(item);
    }
  }

  function updateLeft() {
    $("left").textContent = t("characters_left", { n: 5000 - $("text").value.length });
  }

  $("text").addEventListener("input", () => { saved.draft = $("text").value; store(); updateLeft(); });
  $("stage").addEventListener("change", () => { saved.stage = $("stage").value; store(); });
  $("lane").addEventListener("change", () => { saved.lane = $("lane").value; store(); });
  $("send").addEventListener("click", async () => {
    const text = $("text").value;
    $("send").disabled = true;
    const result = await api("api/card", {
      text: text, stage_id: Number($("stage").value), lane_id: Number($("lane").value) });
    $("send").disabled = false;
    if (result.ok) {
      // Only now is the text safe on the laptop: the draft goes.
      $("text").value = "";
      saved.draft = "";
      store();
      updateLeft();
      const state = await api("api/state");
      if (state.ok) render(state.data);
    }
  });
  $("ready").addEventListener("click", () => api("api/ready", { ready: !(view && view.ready) }));
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && !over && saved.session
        && (!socket || socket.readyState > 1)) reconnect();
  });
  start();
})();
