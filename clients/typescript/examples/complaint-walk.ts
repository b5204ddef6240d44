// A complaint walked through its acts with the typed client, as a front end would do it: received,
// acknowledged, registered, classified, assigned (routed to logistics), planned, executed, confirmed by
// the customer, analysed by the responsible department and archived.
// complaint-service's ComplaintTypeScriptClientTest runs it against the service under test:
//   HANDBOOK_BASE_URL=http://127.0.0.1:8082 HANDBOOK_AGENT_TOKEN=... HANDBOOK_LOGISTICS_TOKEN=... \
//   node dist/examples/complaint-walk.js
import { createComplaintClient } from "../src/index.js";

const baseUrl = required("HANDBOOK_BASE_URL");
const agent = createComplaintClient({ baseUrl, token: required("HANDBOOK_AGENT_TOKEN") }); // 客服部
const logistics = createComplaintClient({ baseUrl, token: required("HANDBOOK_LOGISTICS_TOKEN") }); // 物流部

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set`);
  }
  return value;
}

/** The data of a successful call, or an error naming the act and the problem the service returned. */
function ok<T>(act: string, result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined) {
    throw new Error(`${act}: HTTP ${result.response.status} ${JSON.stringify(result.error)}`);
  }
  console.log(`${act}: HTTP ${result.response.status}`);
  return result.data;
}

const received = ok("registerComplaint", await agent.POST("/api/v1/complaints", {
  body: {
    complainant: "王芳",
    contact: `139-${String(Date.now() % 100_000_000).padStart(8, "0")}`,
    channel: "PHONE",
    problemType: "LOGISTICS_DELAY",
    description: "9月25日下单的冰箱至今未送达。",
    demand: "REFUND",
    urgency: "GENERAL",
  },
}));
const number = received.number; // every field of a response is optional in the document: check what you rely on
if (!number) {
  throw new Error(`registerComplaint answered without a number: ${JSON.stringify(received)}`);
}
const path = { path: { number } };

ok("acknowledgeComplaint", await agent.POST("/api/v1/complaints/{number}/acknowledgement", { params: path }));
ok("completeComplaintRegistration", await agent.POST("/api/v1/complaints/{number}/registration", {
  params: path,
  body: {},
}));
ok("classifyComplaint", await agent.POST("/api/v1/complaints/{number}/classification", {
  params: path,
  body: { problemType: "LOGISTICS_DELAY", grade: "GENERAL", criteria: [], reason: "按分级标准判定" },
}));
const assigned = ok("assignComplaint", await agent.POST("/api/v1/complaints/{number}/assignment", {
  params: path,
  body: {},
}));
if (assigned.assignment?.department !== "logistics") {
  throw new Error(`routed to ${assigned.assignment?.department}, expected logistics`);
}
ok("submitHandlingPlan", await logistics.POST("/api/v1/complaints/{number}/handling-plans", {
  params: path,
  body: { actions: ["REFUND", "APOLOGY"], description: "全额退款并致歉。" },
}));
ok("recordPlanExecution", await logistics.POST("/api/v1/complaints/{number}/execution", {
  params: path,
  body: { result: "已退款。" },
}));
ok("recordCustomerConfirmation", await agent.POST("/api/v1/complaints/{number}/confirmations", {
  params: path,
  body: {
    result: "客户确认已收到退款。",
    visitDate: "2026-09-08",
    visitor: "张敏",
    satisfaction: "SATISFIED",
    comments: "退款及时。",
    rehandle: false,
  },
}));
ok("submitCauseAnalysis", await logistics.POST("/api/v1/complaints/{number}/cause-analysis", {
  params: path,
  body: {
    rootCauseCategory: "COURIER",
    rootCauseDetail: "迅达快递",
    rootCauseDescription: "承运商中转站爆仓。",
    improvementMeasures: [
      { description: "约定大件时效并加入延误赔付条款。", ownerDepartment: "logistics", deadline: "2026-09-30" },
    ],
  },
}));
const closed = ok("closeComplaint", await agent.POST("/api/v1/complaints/{number}/closure", { params: path }));
const status = closed.status?.code;
if (status !== "CLOSED") {
  throw new Error(`complaint ${number} is ${status}, expected CLOSED`);
}
console.log(`complaint ${number} walked to ${status}`);
