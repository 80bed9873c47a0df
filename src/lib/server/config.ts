/**
 * The configuration: every environment variable PerfLens reads, declared and read here and
 * nowhere else (the README's configuration table lists the same names; a test checks both).
 * Server side only.
 */
import { join, resolve } from 'node:path';

type Env = Record<string, string | undefined>;

/** Every variable, its default and what it does (in Chinese, as the README says it). */
export const ENV_VARS = [
	{ name: 'PORT', default: '3000', zh: '服务端口（adapter-node 读取；npm start 未设置时为 3000）' },
	{ name: 'HOST', default: '127.0.0.1', zh: '监听地址（adapter-node 读取；默认只接受本机访问，局域网访问请设为 0.0.0.0）' },
	{ name: 'BODY_SIZE_LIMIT', default: '25M', zh: '上传大小上限（导入报告；adapter-node 与导入接口共用）' },
	{ name: 'PERFLENS_DATA_DIR', default: './data', zh: '数据目录（报告记录、原文、Arrow 数据集、历史版本）' },
	{ name: 'PERFLENS_DRAFTS_DIR', default: '<数据目录>/drafts', zh: '起草稿的保存目录（按报告编号、逐版本）' },
	{ name: 'PERFLENS_ALLOWED_HOSTS', default: '未设置', zh: '另外允许的主机名（逗号分隔，如 perflens.example.gov.cn）；本机名、localhost 与 IP 地址总是允许' },
	{ name: 'PERFLENS_LLM_BASE_URL', default: '未设置', zh: '大模型接口地址（OpenAI 兼容）；不设置则离线起草、不做大模型辅助提取' },
	{ name: 'PERFLENS_LLM_API_KEY', default: '未设置', zh: '大模型接口密钥（只在服务器端使用）' },
	{ name: 'PERFLENS_LLM_MODEL', default: 'gpt-4o-mini', zh: '模型名' },
	{ name: 'PERFLENS_LLM_OUTPUT', default: 'json_object', zh: '`json_object`（JSON 模式）或 `json_schema`（结构化输出）' },
	{ name: 'PERFLENS_LLM_TIMEOUT_MS', default: '60000', zh: '每次调用大模型的超时（毫秒）' },
	{ name: 'PERFLENS_SERVER_QUERIES_ABOVE_REPORTS', default: '数据清单中的值（200000）', zh: '报告数超过此值时页面改由服务器查询（原生 DuckDB 读 Parquet，只返回汇总）；0 表示总是由服务器查询' }
] as const;

const DEFAULT = Object.fromEntries(ENV_VARS.map((v) => [v.name, v.default])) as Record<(typeof ENV_VARS)[number]['name'], string>;

/** The current environment (the one place that touches process.env). */
export function env(): Env {
	return process.env;
}

/** The data directory: PERFLENS_DATA_DIR, else ./data (relative to the working directory). */
export function dataDirOf(e: Env = env()): string {
	return resolve(process.cwd(), e.PERFLENS_DATA_DIR || 'data');
}

/** The drafts directory: PERFLENS_DRAFTS_DIR, else <data directory>/drafts. */
export function draftsDirOf(e: Env = env()): string {
	return e.PERFLENS_DRAFTS_DIR || join(dataDirOf(e), 'drafts');
}

/** The upload limit in bytes (BODY_SIZE_LIMIT: 512K, 25M, 1G …; default 25M). */
export function bodyLimitOf(e: Env = env()): number {
	const v = (e.BODY_SIZE_LIMIT || DEFAULT.BODY_SIZE_LIMIT).trim();
	const m = /^(\d+(?:\.\d+)?)\s*([KMG]?)B?$/i.exec(v);
	if (!m) return 25 * 1024 * 1024;
	const f = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[m[2].toUpperCase() as '' | 'K' | 'M' | 'G'];
	return Number(m[1]) * f;
}

export type LlmConfig = {
	baseURL: string;
	apiKey: string;
	model: string;
	output: 'json_schema' | 'json_object';
	timeoutMs: number;
};

/** The model endpoint, or null when PERFLENS_LLM_BASE_URL is not set (offline). */
export function llmConfig(e: Env = env()): LlmConfig | null {
	const baseURL = e.PERFLENS_LLM_BASE_URL?.trim();
	if (!baseURL) return null;
	const output = e.PERFLENS_LLM_OUTPUT?.trim() === 'json_schema' ? 'json_schema' : 'json_object';
	const t = Number(e.PERFLENS_LLM_TIMEOUT_MS);
	return {
		baseURL,
		apiKey: e.PERFLENS_LLM_API_KEY?.trim() || 'none',
		model: e.PERFLENS_LLM_MODEL?.trim() || DEFAULT.PERFLENS_LLM_MODEL,
		output,
		timeoutMs: Number.isFinite(t) && t > 0 ? t : Number(DEFAULT.PERFLENS_LLM_TIMEOUT_MS)
	};
}

/** PERFLENS_SERVER_QUERIES_ABOVE_REPORTS as a non-negative integer, or null when unset or not one (the manifest's value applies). */
export function serverQueriesAboveOf(e: Env = env()): number | null {
	const v = e.PERFLENS_SERVER_QUERIES_ABOVE_REPORTS?.trim();
	if (!v || !/^\d+$/.test(v)) return null;
	return Number(v);
}

/** Host names accepted besides localhost, IP addresses and this machine's name (lower-case). */
export function allowedHostsOf(e: Env = env()): string[] {
	return (e.PERFLENS_ALLOWED_HOSTS ?? '')
		.split(',')
		.map((h) => h.trim().toLowerCase())
		.filter(Boolean);
}

/** The defaults `perflens start` hands to adapter-node when they are not set. */
export function serverDefaults(e: Env = env()): void {
	e.PORT ||= DEFAULT.PORT;
	e.HOST ||= DEFAULT.HOST;
	e.BODY_SIZE_LIMIT ||= DEFAULT.BODY_SIZE_LIMIT;
}
