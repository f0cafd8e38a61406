import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3018:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _pipewright_shared_action__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3274);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6503);


await (0,_pipewright_shared_action__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6503:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ../../packages/shared/src/log/secrets.ts
var secrets = __nccwpck_require__(4805);
;// CONCATENATED MODULE: ../../packages/shared/src/report/output-file.ts



/**
 * Writes a file for users to read or upload (SARIF, findings or metadata JSON, a report): the parent
 * folders are created and every secret in the registry (log/secrets.ts) is redacted first. The one way our
 * actions write such files, so none can forget the redaction.
 */
function writeOutputFile(file, text) {
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
    (0,external_node_fs_.writeFileSync)(file, (0,secrets/* redactKnown */.rA)(text));
}

// EXTERNAL MODULE: ../../packages/shared/src/report/summary.ts
var summary = __nccwpck_require__(8560);
;// CONCATENATED MODULE: ../../node_modules/js-yaml/dist/js-yaml.mjs
/*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT */
//#region src/tag.ts
/**
* Returned by a scalar resolver when the source does not match its tag.
*
* @category Tags
*/
var NOT_RESOLVED = Symbol("NOT_RESOLVED");
/**
* Create a normalized scalar tag definition.
*
* @category Tags
*/
function js_yaml_defineScalarTag(tagName, options) {
	return {
		tagName,
		nodeKind: "scalar",
		implicit: options.implicit ?? false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		implicitFirstChars: options.implicitFirstChars ?? null,
		resolve: options.resolve,
		identify: options.identify,
		represent: options.represent ?? ((data) => String(data)),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized sequence tag definition.
*
* @category Tags
*/
function js_yaml_defineSequenceTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "sequence",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addItem: options.addItem,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized mapping tag definition.
*
* @category Tags
*/
function js_yaml_defineMappingTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "mapping",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addPair: options.addPair,
		has: options.has,
		keys: options.keys,
		get: options.get,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
//#endregion
//#region src/tag/scalar/str.ts
/** @category Tags */
var strTag = js_yaml_defineScalarTag("tag:yaml.org,2002:str", {
	resolve: (source) => source,
	identify: (data) => typeof data === "string"
});
//#endregion
//#region src/tag/scalar/null_core.ts
var NULL_VALUES$1 = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullCoreTag = js_yaml_defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES$1.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_json.ts
/** @category Tags */
var nullJsonTag = js_yaml_defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: ["n"],
	resolve: (source, isExplicit) => {
		if (source === "null" || isExplicit && source === "") return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_yaml11.ts
var NULL_VALUES = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullYaml11Tag = js_yaml_defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/bool_core.ts
var TRUE_VALUES$2 = [
	"true",
	"True",
	"TRUE"
];
var FALSE_VALUES$2 = [
	"false",
	"False",
	"FALSE"
];
/** @category Tags */
var boolCoreTag = js_yaml_defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"t",
		"T",
		"f",
		"F"
	],
	resolve: (source) => {
		if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_json.ts
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
/** @category Tags */
var boolJsonTag = js_yaml_defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: ["t", "f"],
	resolve: (source) => {
		if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_yaml11.ts
var TRUE_VALUES = [
	"true",
	"True",
	"TRUE",
	"y",
	"Y",
	"yes",
	"Yes",
	"YES",
	"on",
	"On",
	"ON"
];
var FALSE_VALUES = [
	"false",
	"False",
	"FALSE",
	"n",
	"N",
	"no",
	"No",
	"NO",
	"off",
	"Off",
	"OFF"
];
/** @category Tags */
var boolYaml11Tag = js_yaml_defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"y",
		"Y",
		"n",
		"N",
		"t",
		"T",
		"f",
		"F",
		"o",
		"O"
	],
	resolve: (source) => {
		if (TRUE_VALUES.indexOf(source) !== -1) return true;
		if (FALSE_VALUES.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/int_core.ts
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$2(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intCoreTag = js_yaml_defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger$2,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_json.ts
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$1(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intJsonTag = js_yaml_defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlInteger$1,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_yaml11.ts
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
	let value = source.replace(/_/g, "");
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	if (value.includes(":")) {
		let result = 0;
		for (const part of value.split(":")) result = result * 60 + Number(part);
		return sign * result;
	}
	if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
	if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intYaml11Tag = js_yaml_defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/float_core.ts
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
	if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase();
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	const result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatCoreTag = js_yaml_defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat$2,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$2
});
//#endregion
//#region src/tag/scalar/float_json.ts
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
		let value = source.toLowerCase();
		const sign = value[0] === "-" ? -1 : 1;
		if ("+-".includes(value[0])) value = value.slice(1);
		if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
		if (value === ".nan") return NaN;
		const result = sign * parseFloat(value);
		return Number.isFinite(result) ? result : NOT_RESOLVED;
	}
	if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = Number(source);
	if (Number.isFinite(result)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatJsonTag = js_yaml_defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlFloat$1,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$1
});
//#endregion
//#region src/tag/scalar/float_yaml11.ts
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
	if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase().replace(/_/g, "");
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	let result = 0;
	if (value.includes(":")) {
		for (const part of value.split(":")) result = result * 60 + Number(part);
		result *= sign;
	} else result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatYaml11Tag = js_yaml_defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat
});
//#endregion
//#region src/tag/scalar/merge.ts
/**
* Enables merge keys in {@link CORE_SCHEMA} when added with
* {@link Schema.withTags}.
*
* @category Tags
*/
var mergeTag = js_yaml_defineScalarTag("tag:yaml.org,2002:merge", {
	implicit: true,
	implicitFirstChars: ["<"],
	resolve: (source, isExplicit) => {
		if (source === "<<" || isExplicit && source === "") return "<<";
		return NOT_RESOLVED;
	},
	identify: () => false
});
//#endregion
//#region src/tag/scalar/binary.ts
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
	const input = source.replace(/\s/g, "");
	if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
	const binary = atob(input);
	const result = new Uint8Array(binary.length);
	for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
	return result;
}
function representYamlBinary(object) {
	let binary = "";
	for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
	return btoa(binary);
}
/**
* The `!!binary` tag, represented as a `Uint8Array`.
*
* @category Tags
*/
var binaryTag = js_yaml_defineScalarTag("tag:yaml.org,2002:binary", {
	resolve: resolveYamlBinary,
	identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
	represent: representYamlBinary
});
//#endregion
//#region src/tag/scalar/timestamp.ts
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
	const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
	date.setUTCFullYear(year, month, day);
	return date;
}
function resolveYamlTimestamp(source) {
	let match = YAML_DATE_REGEXP.exec(source);
	if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
	if (match === null) return NOT_RESOLVED;
	const year = +match[1];
	const month = +match[2] - 1;
	const day = +match[3];
	if (!match[4]) {
		const date = makeUtcDate(year, month, day);
		if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
		return date;
	}
	const hour = +match[4];
	const minute = +match[5];
	const second = +match[6];
	let fraction = 0;
	if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
	if (match[7]) {
		let value = match[7].slice(0, 3);
		while (value.length < 3) value += "0";
		fraction = +value;
	}
	const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
	if (match[9]) {
		const offsetHour = +match[10];
		const offsetMinute = +(match[11] || 0);
		if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
		const offset = (offsetHour * 60 + offsetMinute) * 6e4;
		date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
	}
	return date;
}
/**
* The YAML 1.1 `!!timestamp` tag, represented as a JavaScript `Date`.
*
* @category Tags
*/
var timestampTag = js_yaml_defineScalarTag("tag:yaml.org,2002:timestamp", {
	implicit: true,
	implicitFirstChars: [..."0123456789"],
	resolve: resolveYamlTimestamp,
	identify: (object) => object instanceof Date,
	represent: (object) => object.toISOString()
});
//#endregion
//#region src/tag/sequence/seq.ts
/** @category Tags */
var seqTag = js_yaml_defineSequenceTag("tag:yaml.org,2002:seq", {
	create: () => [],
	addItem: (container, item) => {
		container.push(item);
	},
	identify: Array.isArray
});
//#endregion
//#region src/common/object.ts
function isPlainObject(data) {
	if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
	const prototype = Object.getPrototypeOf(data);
	return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
	const result = {};
	for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
	return result;
}
//#endregion
//#region src/tag/sequence/omap.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!omap
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   { one: 1 },
*   { two: 2 }
* ]
* ```
*
* @category Tags
*/
var omapTag = js_yaml_defineSequenceTag("tag:yaml.org,2002:omap", {
	create: () => ({
		list: [],
		seen: /* @__PURE__ */ new Set()
	}),
	addItem: (carrier, item) => {
		let key;
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve an ordered map item";
			key = item.keys().next().value;
		} else if (isPlainObject(item)) {
			const itemKeys = Object.keys(item);
			if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
			key = itemKeys[0];
		} else return "cannot resolve an ordered map item";
		if (carrier.seen.has(key)) return "duplicate key in ordered map";
		carrier.seen.add(key);
		carrier.list.push(item);
		return "";
	},
	finalize: (carrier) => carrier.list,
	identify: () => false
});
//#endregion
//#region src/tag/sequence/pairs.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!pairs
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   ['one', 1],
*   ['two', 2]
* ]
* ```
*
* @category Tags
*/
var pairsTag = js_yaml_defineSequenceTag("tag:yaml.org,2002:pairs", {
	create: () => [],
	addItem: (container, item) => {
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve a pairs item";
			container.push(item.entries().next().value);
			return "";
		}
		if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
		const object = item;
		const keys = Object.keys(object);
		if (keys.length !== 1) return "cannot resolve a pairs item";
		container.push([keys[0], object[keys[0]]]);
		return "";
	},
	identify: () => false
});
//#endregion
//#region src/tag/mapping/map.ts
/**
* This is the default mapping implementation. It uses `{}` objects and has only
* partial functionality due to language limitations. This choice was made
* because users expect to get JavaScript objects, and it was left unchanged to
* avoid too many breaking changes in the v5 release.
*
* Side effects:
*
* - `Object.hasOwn()` checks or `for...of` loops are required for safe use (to
*   avoid falling through to prototypes).
* - Only scalar string keys are supported properly.
* - Other scalar keys, such as `null` and numbers, are converted to strings.
*   This is historical behaviour, and it can cause side effects such as
*   problems with `!!merge`.
*
* Note that non-string scalar keys may be deprecated in future versions.
*
* Ideally, use {@link realMapTag} instead.
*
* @category Tags
*/
var mapTag = js_yaml_defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
		const normalizedKey = String(key);
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		if (key !== null && typeof key === "object") return false;
		return Object.prototype.hasOwnProperty.call(container, String(key));
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/tag/mapping/set.ts
/**
* The YAML 1.1 `!!set` tag, represented as a JavaScript `Set`.
*
* @category Tags
*/
var setTag = js_yaml_defineMappingTag("tag:yaml.org,2002:set", {
	create: () => /* @__PURE__ */ new Set(),
	identify: (data) => data instanceof Set,
	represent: (data) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of data) map.set(key, null);
		return map;
	},
	addPair: (container, key, value) => {
		if (value !== null) return "cannot resolve a set item";
		container.add(key);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: () => null
});
//#endregion
//#region src/schema.ts
function createTagDefinitionMap() {
	return {
		scalar: Object.create(null),
		sequence: Object.create(null),
		mapping: Object.create(null)
	};
}
function createTagDefinitionListMap() {
	return {
		scalar: [],
		sequence: [],
		mapping: []
	};
}
function compileTags(tags) {
	const result = [];
	for (const tag of tags) {
		let index = result.length;
		for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
			const previous = result[previousIndex];
			if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
				index = previousIndex;
				break;
			}
		}
		result[index] = tag;
	}
	return result;
}
/**
* Controls tag resolution when loading and type selection when dumping.
*
* @category Schemas
*/
var Schema = class Schema {
	tags;
	/** @internal */
	implicitScalarTags;
	/**
	* Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
	* the resolvers that may match that key, in schema order; a key absent from
	* the map uses
	* {@link Schema.implicitScalarAnyFirstChar}
	* (resolvers that declared no first-char constraint, so they apply to any
	* first character).
	*/
	implicitScalarByFirstChar;
	implicitScalarAnyFirstChar;
	/**
	* The default scalar tag (`!!str`), resolved once so the composer's fallback
	* for unresolved plain scalars avoids a keyed lookup per scalar.
	*
	* @internal
	*/
	defaultScalarTag;
	/**
	* The default container tags (`!!seq` / `!!map`), used by the dumper: when a
	* value is identified by its default tag, the tag is implicit and not
	* printed. Undefined if the schema does not define them (then such values
	* can't be dumped).
	*
	* @internal
	*/
	defaultSequenceTag;
	/** @internal */
	defaultMappingTag;
	exact;
	prefix;
	constructor(tags) {
		const compiledTags = compileTags(tags);
		const implicitScalarTags = [];
		const exact = createTagDefinitionMap();
		const prefix = createTagDefinitionListMap();
		for (const tag of compiledTags) {
			if (tag.nodeKind === "scalar" && tag.implicit) {
				if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
				implicitScalarTags.push(tag);
			}
			switch (tag.nodeKind) {
				case "scalar":
					if (tag.matchByTagPrefix) prefix.scalar.push(tag);
					else exact.scalar[tag.tagName] = tag;
					break;
				case "sequence":
					if (tag.matchByTagPrefix) prefix.sequence.push(tag);
					else exact.sequence[tag.tagName] = tag;
					break;
				case "mapping": if (tag.matchByTagPrefix) prefix.mapping.push(tag);
				else exact.mapping[tag.tagName] = tag;
			}
		}
		const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
		const keys = /* @__PURE__ */ new Set();
		for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
		const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
		for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
		const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
		if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
		this.tags = compiledTags;
		this.implicitScalarTags = implicitScalarTags;
		this.implicitScalarByFirstChar = implicitScalarByFirstChar;
		this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
		this.defaultScalarTag = defaultScalarTag;
		this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
		this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
		this.exact = exact;
		this.prefix = prefix;
	}
	/** @internal */
	lookupScalarTag(tagName) {
		const exactTag = this.exact.scalar[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupSequenceTag(tagName) {
		const exactTag = this.exact.sequence[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupMappingTag(tagName) {
		const exactTag = this.exact.mapping[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	resolveImplicitScalarTag(source) {
		const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
		for (const tag of candidates) {
			const value = tag.resolve(source, false, tag.tagName);
			if (value !== NOT_RESOLVED) return {
				value,
				tag
			};
		}
		const tag = this.defaultScalarTag;
		return {
			value: tag.resolve(source, false, tag.tagName),
			tag
		};
	}
	/**
	* Creates a new schema with the specified tags added. If a tag already
	* exists, it is replaced by the specified tag.
	*
	* @example
	*
	* ```javascript
	* import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
	*
	* const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
	* ```
	*/
	withTags(...tags) {
		let flatTags = [];
		for (const tag of tags) flatTags = flatTags.concat(tag);
		return new Schema([...this.tags, ...flatTags]);
	}
};
/**
* The YAML 1.2 Failsafe Schema: strings, sequences, and mappings.
*
* @category Schemas
*/
var FAILSAFE_SCHEMA = new Schema([
	strTag,
	seqTag,
	mapTag
]);
/**
* The YAML 1.2 JSON Schema. It uses JSON scalar forms while retaining YAML
* collection syntax.
*
* @category Schemas
*/
var JSON_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullJsonTag,
	boolJsonTag,
	intJsonTag,
	floatJsonTag
]);
/**
* The default schema for the loaders. Note, {@link CORE_SCHEMA} comes
* without the `!!merge` tag. You can easily enable it if needed.
*
* @example
* Enable {@link mergeTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Schemas
*/
var js_yaml_CORE_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullCoreTag,
	boolCoreTag,
	intCoreTag,
	floatCoreTag
]);
/**
* YAML 1.1-compatible schema.
*
* @category Schemas
*/
var YAML11_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullYaml11Tag,
	boolYaml11Tag,
	intYaml11Tag,
	floatYaml11Tag,
	timestampTag,
	mergeTag,
	binaryTag,
	omapTag,
	pairsTag,
	setTag
]);
/**
* The dumper schema for maximum compatibility. It combines all supported type
* variants from YAML 1.1 and YAML 1.2 so strings matching any of them are
* quoted. This makes the generated YAML more compatible with other parsers.
*
* The schema is based on YAML 1.1, but extends `!!int` and `!!float` to accept
* both YAML 1.1 and Core Schema forms, since Core Schema supports some forms
* that YAML 1.1 does not.
*
* @category Schemas
*/
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
	...intYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = intYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
	}
}, {
	...floatYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
	}
});
//#endregion
//#region src/tag/mapping/real_map.ts
/**
* Recommended when non-string keys are actually needed. It uses native
* JavaScript `Map` objects, so keys keep their constructed types instead of
* being converted to strings.
*
* It is not the default to avoid widespread breaking changes in existing
* projects. `Map` has a different access API and does not pass deep equality
* checks against `{}`-based fixtures. Alongside the other changes in v5,
* making it the default was considered too disruptive.
*
* If these differences are acceptable for your project, we recommend using
* {@link realMapTag} to guarantee the absence of problems and side effects.
*
* @example
* Enable {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Tags
*/
var realMapTag = js_yaml_defineMappingTag("tag:yaml.org,2002:map", {
	create: () => /* @__PURE__ */ new Map(),
	addPair: (container, key, value) => {
		container.set(key, value);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: (container, key) => container.get(key),
	identify: (data) => data instanceof Map || isPlainObject(data),
	represent: (data) => {
		if (data instanceof Map) return data;
		const map = /* @__PURE__ */ new Map();
		const obj = data;
		for (const key of Object.keys(obj)) map.set(key, obj[key]);
		return map;
	}
});
//#endregion
//#region src/tag/mapping/legacy_map.ts
function normalizeKey(key) {
	if (Array.isArray(key)) {
		const array = Array.prototype.slice.call(key);
		for (let index = 0; index < array.length; index++) {
			if (Array.isArray(array[index])) return null;
			if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
		}
		return String(array);
	}
	if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
	return String(key);
}
/**
* This implementation exists solely to reproduce v4 behavior exactly. Its use
* is strongly discouraged. If complex or non-string keys are needed, use
* {@link realMapTag} instead.
*
* @category Tags
*/
var legacyMapTag = js_yaml_defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		const normalizedKey = normalizeKey(key);
		if (normalizedKey === null) return "nested arrays are not supported inside keys";
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		const normalizedKey = normalizeKey(key);
		return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/common/snippet.ts
var DEFAULT_SNIPPET_OPTIONS = {
	maxLength: 79,
	indent: 1,
	linesBefore: 3,
	linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
	let head = "";
	let tail = "";
	const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
	if (position - lineStart > maxHalfLength) {
		head = " ... ";
		lineStart = position - maxHalfLength + head.length;
	}
	if (lineEnd - position > maxHalfLength) {
		tail = " ...";
		lineEnd = position + maxHalfLength - tail.length;
	}
	return {
		str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
		pos: position - lineStart + head.length
	};
}
function padStart(string, max) {
	return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
	if (!mark.buffer) return null;
	const opts = {
		...DEFAULT_SNIPPET_OPTIONS,
		...options
	};
	const re = /\r?\n|\r|\0/g;
	const lineStarts = [0];
	const lineEnds = [];
	let match;
	let foundLineNo = -1;
	while (match = re.exec(mark.buffer)) {
		lineEnds.push(match.index);
		lineStarts.push(match.index + match[0].length);
		if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
	}
	if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
	let result = "";
	const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
	const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
	for (let i = 1; i <= opts.linesBefore; i++) {
		if (foundLineNo - i < 0) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
		result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line.str}\n${result}`;
	}
	const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
	result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}\n`;
	result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^\n`;
	for (let i = 1; i <= opts.linesAfter; i++) {
		if (foundLineNo + i >= lineEnds.length) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
		result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line.str}\n`;
	}
	return result.replace(/\n$/, "");
}
//#endregion
//#region src/common/exception.ts
function formatError(exception, compact) {
	let where = "";
	if (!exception.mark) return exception.reason;
	if (exception.mark.name) where += `in "${exception.mark.name}" `;
	where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
	if (!compact && exception.mark.snippet) where += `\n\n${exception.mark.snippet}`;
	return `${exception.reason} ${where}`;
}
/**
* A YAML error. Unlike an ordinary `Error`, it adds a source snippet showing
* the location of the problem to the error message, when available.
*
* @category Main
*/
var YAMLException = class YAMLException extends Error {
	reason;
	mark;
	/**
	* Optional `mark` contains source snippet data. Usually, use
	* {@link YAMLException.throwAt} instead of passing it directly.
	*/
	constructor(reason, mark) {
		super();
		this.name = "YAMLException";
		this.reason = reason;
		this.mark = mark;
		this.message = formatError(this, false);
		if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
	}
	/**
	* Returns the formatted error, omitting the source snippet in compact mode.
	*/
	toString(compact) {
		return `${this.name}: ${formatError(this, compact)}`;
	}
	/**
	* Builds a YAMLException with a source snippet and throws it. `source` is
	* the raw input text; `position` is an offset into it.
	*/
	static throwAt(source, position, message, filename = "") {
		let line = 0;
		let lineStart = 0;
		for (let index = 0; index < position; index++) {
			const ch = source.charCodeAt(index);
			if (ch === 10) {
				line++;
				lineStart = index + 1;
			} else if (ch === 13) {
				line++;
				if (source.charCodeAt(index + 1) === 10) index++;
				lineStart = index + 1;
			}
		}
		const mark = {
			name: filename,
			buffer: source,
			position,
			line,
			column: position - lineStart
		};
		mark.snippet = makeSnippet(mark);
		throw new YAMLException(message, mark);
	}
};
//#endregion
//#region src/parser/events.ts
/** @category Events */
var EVENT_ID = {
	DOCUMENT: 1,
	SEQUENCE: 2,
	MAPPING: 3,
	SCALAR: 4,
	ALIAS: 5,
	POP: 6
};
/** @category Nodes */
var SCALAR_STYLE = {
	PLAIN: 1,
	SINGLE_QUOTED: 2,
	DOUBLE_QUOTED: 3,
	LITERAL_BLOCK: 4,
	FOLDED_BLOCK: 5
};
/** @category Nodes */
var COLLECTION_STYLE = {
	BLOCK: 1,
	FLOW: 2
};
/** @category Nodes */
var CHOMPING_MODE = {
	CLIP: 1,
	STRIP: 2,
	KEEP: 3
};
//#endregion
//#region src/parser/parser_scalar.ts
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
	switch (c) {
		case 48: return "\0";
		case 97: return "\x07";
		case 98: return "\b";
		case 116: return "	";
		case 9: return "	";
		case 110: return "\n";
		case 118: return "\v";
		case 102: return "\f";
		case 114: return "\r";
		case 101: return "\x1B";
		case 32: return " ";
		case 34: return "\"";
		case 47: return "/";
		case 92: return "\\";
		case 78: return "";
		case 95: return "\xA0";
		case 76: return "\u2028";
		case 80: return "\u2029";
		default: return "";
	}
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
	simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
	simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
	if (c <= 65535) return String.fromCharCode(c);
	return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
	if (c >= 48 && c <= 57) return c - 48;
	return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	return 8;
}
function skipFoldedBreaks(input, position, end) {
	let breaks = 0;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10) {
			breaks++;
			position++;
		} else if (ch === 13) {
			breaks++;
			position++;
			if (input.charCodeAt(position) === 10) position++;
		} else if (ch === 32 || ch === 9) position++;
		else break;
	}
	return {
		position,
		breaks
	};
}
function foldedBreaks(count) {
	if (count === 1) return " ";
	return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 39) {
			result += input.slice(captureStart, position) + "'";
			position += 2;
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 92) {
			result += input.slice(captureStart, position);
			position++;
			const escaped = input.charCodeAt(position);
			if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
			else if (escaped < 256 && simpleEscapeCheck[escaped]) {
				result += simpleEscapeMap[escaped];
				position++;
			} else {
				let hexLength = escapedHexLen$1(escaped);
				let hexResult = 0;
				for (; hexLength > 0; hexLength--) {
					position++;
					const digit = fromHexCode$1(input.charCodeAt(position));
					hexResult = (hexResult << 4) + digit;
				}
				result += charFromCodepoint(hexResult);
				position++;
			}
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
	const textIndent = indent < 0 ? 0 : indent;
	const region = input.slice(start, end).replace(/\r\n?/g, "\n");
	const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
	let result = "";
	let didReadContent = false;
	let emptyLines = 0;
	let atMoreIndented = false;
	for (const line of lines) {
		let column = 0;
		while (column < textIndent && line.charCodeAt(column) === 32) column++;
		if (indent < 0 || column >= line.length) {
			emptyLines++;
			continue;
		}
		const content = line.slice(textIndent);
		const first = content.charCodeAt(0);
		if (folded) {
			if (first === 32 || first === 9) {
				atMoreIndented = true;
				result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
			} else if (atMoreIndented) {
				atMoreIndented = false;
				result += "\n".repeat(emptyLines + 1);
			} else if (emptyLines === 0) {
				if (didReadContent) result += " ";
			} else result += "\n".repeat(emptyLines);
		} else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
		result += content;
		didReadContent = true;
		emptyLines = 0;
	}
	if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
	else if (chomping !== CHOMPING_MODE.STRIP) {
		if (didReadContent) result += "\n";
	}
	return result;
}
/**
* Decodes the scalar referenced by event offsets in `input`.
*
* @category Events
*/
function getScalarValue(input, scalar) {
	if (scalar.valueStart === NO_RANGE$3) return "";
	const { valueStart, valueEnd } = scalar;
	if (scalar.fast) return input.slice(valueStart, valueEnd);
	switch (scalar.style) {
		case SCALAR_STYLE.SINGLE_QUOTED: return getSingleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.DOUBLE_QUOTED: return getDoubleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.LITERAL_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
		case SCALAR_STYLE.FOLDED_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
		default: return getPlainValue(input, valueStart, valueEnd);
	}
}
//#endregion
//#region src/common/tagname.ts
var DEFAULT_TAG_HANDLERS = Object.assign(Object.create(null), {
	"!": "!",
	"!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var HEX = "0123456789ABCDEF";
function percentByte(byte) {
	return "%" + HEX[byte >> 4] + HEX[byte & 15];
}
function tagPercentEncode(source, isSuffix) {
	const allowed = isSuffix ? TAG_SUFFIX_CHARS : TAG_URI_CHARS;
	let result = "";
	for (let index = 0; index < source.length; index++) {
		let ch = source.charCodeAt(index);
		if (ch >= 48 && ch <= 57 || ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122 || allowed.includes(source[index])) {
			result += source[index];
			continue;
		}
		if (ch >= 55296 && ch <= 56319) ch = 65536 + ((ch & 1023) << 10) + (source.charCodeAt(++index) & 1023);
		if (ch < 128) result += percentByte(ch);
		else if (ch < 2048) result += percentByte(192 | ch >> 6) + percentByte(128 | ch & 63);
		else if (ch < 65536) result += percentByte(224 | ch >> 12) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
		else result += percentByte(240 | ch >> 18) + percentByte(128 | ch >> 12 & 63) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
	}
	return result;
}
function tagPercentDecode(source) {
	let result = "";
	let index = 0;
	while (index < source.length) {
		if (source.charCodeAt(index) !== 37) {
			result += source[index++];
			continue;
		}
		let ch = parseInt(source.slice(index + 1, index + 3), 16);
		index += 3;
		if (ch >= 192) {
			let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
			ch &= (1 << 6 - remaining) - 1;
			while (remaining-- > 0) {
				ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
				index += 3;
			}
		}
		if (ch < 65536) result += String.fromCharCode(ch);
		else {
			ch -= 65536;
			result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
		}
	}
	return result;
}
function tagNameFull(rawTag, tagHandlers) {
	if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
	const handleEnd = rawTag.indexOf("!", 1);
	const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
	return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
function tagNameShort(fullTag) {
	let tag = fullTag;
	if (tag.charCodeAt(0) === 33) {
		tag = tag.slice(1);
		return `!${tagPercentEncode(tag, true)}`;
	}
	if (tag.slice(0, 18) === "tag:yaml.org,2002:") return `!!${tagPercentEncode(tag.slice(18), true)}`;
	return `!<${tagPercentEncode(tag, false)}>`;
}
//#endregion
//#region src/parser/constructor.ts
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
	filename: "",
	schema: js_yaml_CORE_SCHEMA,
	json: false,
	maxTotalMergeKeys: 1e4,
	maxAliases: -1
};
function eventPosition$1(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function throwError$1(state, message) {
	YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
	try {
		return tag.finalize(carrier);
	} catch (error) {
		if (error instanceof YAMLException) throw error;
		YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
	}
}
function constructScalar(state, event) {
	const source = getScalarValue(state.source, event);
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	const strTag = state.schema.defaultScalarTag;
	if (rawTag !== "") {
		if (rawTag === "!") return {
			value: source,
			tag: strTag
		};
		const tagName = tagNameFull(rawTag, state.tagHandlers);
		const scalarTag = state.schema.lookupScalarTag(tagName);
		if (scalarTag) {
			const result = scalarTag.resolve(source, true, tagName);
			if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			return {
				value: result,
				tag: scalarTag
			};
		}
		const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
		if (collectionTagDef) {
			if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			const carrier = collectionTagDef.create(tagName);
			return {
				value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
				tag: collectionTagDef
			};
		}
		throwError$1(state, `unknown scalar tag !<${tagName}>`);
	}
	if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
	return {
		value: strTag.resolve(source, false, strTag.tagName),
		tag: strTag
	};
}
function collectionTagName(state, event, defaultTagName) {
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
	return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
	state.totalMergeKeys++;
	if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
	chargeMergeWork(state);
	for (const sourceKey of sourceTag.keys(source)) {
		chargeMergeWork(state);
		if (frame.tag.has(frame.value, sourceKey)) continue;
		const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
		if (err) throwError$1(state, err);
		frame.overridable ??= /* @__PURE__ */ new Set();
		frame.overridable.add(sourceKey);
	}
}
function mergeSource(state, frame, source, sourceTag) {
	state.position = frame.keyPosition;
	if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
	else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
		if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
		for (const element of source) {
			const elementTag = state.nodeTags.get(element);
			if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
			mergeKeys(state, frame, element, elementTag);
		}
	} else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
	state.position = frame.keyPosition;
	if (frame.keyIsMerge) {
		mergeSource(state, frame, value, tag);
		return;
	}
	if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
	const err = frame.tag.addPair(frame.value, key, value);
	if (err) throwError$1(state, err);
	frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") {
		frame.value = value;
		frame.hasValue = true;
	} else if (frame.kind === "sequence") {
		if (isMappingTag(tag)) state.nodeTags.set(value, tag);
		const err = frame.tag.addItem(frame.value, value, frame.index++);
		if (err) throwError$1(state, err);
	} else if (frame.hasKey) {
		const key = frame.key;
		frame.key = void 0;
		frame.hasKey = false;
		addMappingValue(state, frame, key, value, tag);
	} else {
		frame.key = value;
		frame.keyPosition = state.position;
		frame.hasKey = true;
		frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
	}
}
function storeAnchor(state, event, value, tag, isValueFinal) {
	if (event.anchorStart !== NO_RANGE$2) {
		const anchor = {
			value,
			tag,
			isValueFinal
		};
		state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
		return anchor;
	}
	return null;
}
/**
* Constructs JavaScript documents directly from parser events, without an
* intermediate AST.
*
* @category Events
*/
function constructFromEvents(events, options) {
	const state = {
		...DEFAULT_CONSTRUCTOR_OPTIONS,
		...options,
		events,
		documents: [],
		eventIndex: 0,
		position: 0,
		frames: [],
		anchors: /* @__PURE__ */ new Map(),
		nodeTags: /* @__PURE__ */ new Map(),
		tagHandlers: Object.create(null),
		totalMergeKeys: 0,
		aliasCount: 0
	};
	while (state.eventIndex < state.events.length) {
		const event = state.events[state.eventIndex++];
		state.position = eventPosition$1(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT:
				state.anchors = /* @__PURE__ */ new Map();
				state.nodeTags = /* @__PURE__ */ new Map();
				state.aliasCount = 0;
				state.tagHandlers = Object.create(null);
				for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
				state.frames.push({
					kind: "document",
					position: state.position,
					value: void 0,
					hasValue: false
				});
				break;
			case EVENT_ID.SCALAR: {
				const { value, tag } = constructScalar(state, event);
				storeAnchor(state, event, value, tag, true);
				addValue(state, value, tag);
				break;
			}
			case EVENT_ID.SEQUENCE: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
				const tag = state.schema.lookupSequenceTag(tagName);
				if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "sequence",
					position: state.position,
					value,
					tag,
					anchor,
					index: 0
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
				const tag = state.schema.lookupMappingTag(tagName);
				if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "mapping",
					position: state.position,
					value,
					tag,
					anchor,
					key: void 0,
					keyPosition: state.position,
					hasKey: false,
					keyIsMerge: false,
					overridable: null
				});
				break;
			}
			case EVENT_ID.ALIAS: {
				if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
				const name = state.source.slice(event.anchorStart, event.anchorEnd);
				const anchor = state.anchors.get(name);
				if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
				if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
				addValue(state, anchor.value, anchor.tag);
				break;
			}
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.hasKey) {
					state.position = frame.keyPosition;
					throwError$1(state, "incomplete mapping pair in event stream");
				}
				if (frame.kind === "document") state.documents.push(frame.value);
				else {
					const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
					if (frame.anchor) {
						frame.anchor.value = value;
						frame.anchor.isValueFinal = true;
					}
					addValue(state, value, frame.tag);
				}
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/parser/parser.ts
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
	filename: "",
	maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
	state.events.push({
		type: EVENT_ID.DOCUMENT,
		explicitStart,
		explicitEnd,
		directives: state.directives
	});
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.SEQUENCE,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.MAPPING,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function insertFlowPairMappingEvent(state, snapshot) {
	state.events.splice(snapshot.eventsLength, 0, {
		type: EVENT_ID.MAPPING,
		start: snapshot.position,
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1,
		style: COLLECTION_STYLE.FLOW
	});
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
	state.events.push({
		type: EVENT_ID.SCALAR,
		valueStart,
		valueEnd,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style,
		chomping,
		indent,
		fast
	});
}
function addAliasEvent(state, anchorStart, anchorEnd) {
	state.events.push({
		type: EVENT_ID.ALIAS,
		anchorStart,
		anchorEnd
	});
}
function addPopEvent(state) {
	state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
	addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
	return {
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1
	};
}
function snapshotState(state) {
	return {
		position: state.position,
		line: state.line,
		lineStart: state.lineStart,
		lineIndent: state.lineIndent,
		firstTabInLine: state.firstTabInLine,
		eventsLength: state.events.length
	};
}
function restoreState(state, snapshot) {
	state.position = snapshot.position;
	state.line = snapshot.line;
	state.lineStart = snapshot.lineStart;
	state.lineIndent = snapshot.lineIndent;
	state.firstTabInLine = snapshot.firstTabInLine;
	state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
	YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
	return c === 10 || c === 13;
}
function isWhiteSpace(c) {
	return c === 9 || c === 32;
}
function isWsOrEol(c) {
	return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
	return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
	return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
	return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
	if (c >= 48 && c <= 57) return c - 48;
	const lc = c | 32;
	if (lc >= 97 && lc <= 102) return lc - 97 + 10;
	return -1;
}
function escapedHexLen(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	if (c === 85) return 8;
	return 0;
}
function isSimpleEscape(c) {
	return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
	if (state.input.charCodeAt(state.position) === 10) state.position++;
	else {
		state.position++;
		if (state.input.charCodeAt(state.position) === 10) state.position++;
	}
	state.line++;
	state.lineStart = state.position;
	state.lineIndent = 0;
	state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
	let lineBreaks = 0;
	let ch = state.input.charCodeAt(state.position);
	let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
	while (ch !== 0) {
		while (isWhiteSpace(ch)) {
			hasSeparation = true;
			if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
			ch = state.input.charCodeAt(++state.position);
		}
		if (allowComments && hasSeparation && ch === 35) do
			ch = state.input.charCodeAt(++state.position);
		while (!isEol(ch) && ch !== 0);
		if (!isEol(ch)) break;
		consumeLineBreak(state);
		lineBreaks++;
		hasSeparation = true;
		ch = state.input.charCodeAt(state.position);
		while (ch === 32) {
			state.lineIndent++;
			ch = state.input.charCodeAt(++state.position);
		}
	}
	return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
	const ch = state.input.charCodeAt(position);
	if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
		const following = state.input.charCodeAt(position + 3);
		return following === 0 || isWsOrEol(following);
	}
	return false;
}
function skipByteOrderMark(state) {
	if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
		state.position++;
		state.lineStart = state.position;
	}
}
function testDocumentBoundary(state) {
	if (state.position !== state.lineStart) return false;
	if (testDocumentSeparator(state)) return true;
	if (state.input.charCodeAt(state.position) !== 65279) return false;
	const snapshot = snapshotState(state);
	skipByteOrderMark(state);
	skipSeparationSpace(state, true);
	const ch = state.input.charCodeAt(state.position);
	const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
	restoreState(state, snapshot);
	return result;
}
function skipUntilLineEnd(state) {
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
	const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
	if (match !== null) {
		state.position = start + match.index + match[0].length - 1;
		throwError(state, "the stream contains non-printable characters");
	}
}
function readTagProperty(state, props, inFlow) {
	if (state.input.charCodeAt(state.position) !== 33) return false;
	if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
	const start = state.position;
	let isVerbatim = false;
	let isNamed = false;
	let tagHandle = "!";
	let ch = state.input.charCodeAt(++state.position);
	if (ch === 60) {
		isVerbatim = true;
		ch = state.input.charCodeAt(++state.position);
	} else if (ch === 33) {
		isNamed = true;
		tagHandle = "!!";
		ch = state.input.charCodeAt(++state.position);
	}
	let suffixStart = state.position;
	let tagName;
	if (isVerbatim) {
		while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
		if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
		tagName = state.input.slice(suffixStart, state.position);
		state.position++;
	} else {
		while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
			if (ch === 33) {
				if (!isNamed) {
					tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
					if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
					isNamed = true;
					suffixStart = state.position + 1;
				} else throwError(state, "tag suffix cannot contain exclamation marks");
			}
			ch = state.input.charCodeAt(++state.position);
		}
		tagName = state.input.slice(suffixStart, state.position);
		if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
	}
	if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
	if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
	props.tagStart = start;
	props.tagEnd = state.position;
	return true;
}
function readAnchorProperty(state, props) {
	if (state.input.charCodeAt(state.position) !== 38) return false;
	if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
	props.anchorStart = start;
	props.anchorEnd = state.position;
	return true;
}
function readAlias(state, props) {
	if (state.input.charCodeAt(state.position) !== 42) return false;
	if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
	addAliasEvent(state, start, state.position);
	return true;
}
function readFlowScalarBreak(state, nodeIndent) {
	skipSeparationSpace(state, false);
	if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 39) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 39) {
			if (state.input.charCodeAt(state.position + 1) === 39) {
				simple = false;
				state.position += 2;
				continue;
			}
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 34) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 34) {
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (ch === 92) {
			simple = false;
			const escaped = state.input.charCodeAt(++state.position);
			if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
			else if (isSimpleEscape(escaped)) state.position++;
			else {
				let hexLength = escapedHexLen(escaped);
				if (hexLength === 0) throwError(state, "unknown escape sequence");
				while (hexLength-- > 0) {
					state.position++;
					if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
				}
				state.position++;
			}
		} else if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	let chomping = CHOMPING_MODE.CLIP;
	let indent = -1;
	let detectedIndent = false;
	if (ch !== 124 && ch !== 62) return false;
	const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		const current = state.input.charCodeAt(state.position);
		const digit = fromDecimalCode(current);
		if (current === 43 || current === 45) {
			if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
			chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
			state.position++;
		} else if (digit >= 0) {
			if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
			if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
			indent = parentIndent + digit - 1;
			detectedIndent = true;
			state.position++;
		} else break;
	}
	let hadWhitespace = false;
	while (isWhiteSpace(state.input.charCodeAt(state.position))) {
		hadWhitespace = true;
		state.position++;
	}
	if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
	let contentIndent = detectedIndent ? indent : -1;
	let maxLeadingIndent = 0;
	const valueStart = state.position;
	let valueEnd = state.position;
	while (state.input.charCodeAt(state.position) !== 0) {
		const linePosition = state.position;
		let column = 0;
		while (state.input.charCodeAt(linePosition + column) === 32) column++;
		const first = state.input.charCodeAt(linePosition + column);
		if (first === 0) {
			if (contentIndent >= 0) {
				if (column > contentIndent) valueEnd = linePosition + column;
			} else if (column > 0) valueEnd = linePosition + column;
			break;
		}
		if (testDocumentBoundary(state)) break;
		if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
		if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
			if (first === 9 && column < parentIndent) {
				state.position = linePosition + column;
				throwError(state, "tab characters must not be used in indentation");
			}
			if (column >= parentIndent && column < maxLeadingIndent) {
				state.position = linePosition + column;
				throwError(state, "bad indentation of a mapping entry");
			}
		}
		if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
		const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
		if (first !== 0 && !isEol(first) && column < requiredIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		skipUntilLineEnd(state);
		valueEnd = state.position;
		if (isEol(state.input.charCodeAt(state.position))) {
			consumeLineBreak(state);
			valueEnd = state.position;
		}
	}
	checkPrintable(state, valueStart, valueEnd);
	addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
	return true;
}
function canStartPlainScalar(state, nodeContext) {
	const ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
	if (ch === 63 || ch === 45) {
		const following = state.input.charCodeAt(state.position + 1);
		if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
	}
	return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
	if (!canStartPlainScalar(state, nodeContext)) return false;
	const start = state.position;
	let end = state.position;
	let ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	let multiline = false;
	while (ch !== 0) {
		if (testDocumentBoundary(state)) break;
		if (ch === 58) {
			const following = state.input.charCodeAt(state.position + 1);
			if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
		} else if (ch === 35) {
			if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
		} else if (inFlow && isFlowIndicator(ch)) break;
		else if (isEol(ch)) {
			const savedPosition = state.position;
			const savedLine = state.line;
			const savedLineStart = state.lineStart;
			const savedLineIndent = state.lineIndent;
			skipSeparationSpace(state, false);
			if (state.lineIndent >= nodeIndent) {
				multiline = true;
				ch = state.input.charCodeAt(state.position);
				continue;
			}
			state.position = savedPosition;
			state.line = savedLine;
			state.lineStart = savedLineStart;
			state.lineIndent = savedLineIndent;
			break;
		}
		if (!isWhiteSpace(ch)) end = state.position + 1;
		ch = state.input.charCodeAt(++state.position);
	}
	if (end === start) return false;
	checkPrintable(state, start, end);
	addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
	return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
	const startLine = state.line;
	skipSeparationSpace(state, true);
	if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	const isMapping = ch === 123;
	const start = state.position;
	let readNext = true;
	if (ch !== 91 && ch !== 123) return false;
	const terminator = isMapping ? 125 : 93;
	if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		skipFlowSeparationSpace(state, nodeIndent);
		let ch = state.input.charCodeAt(state.position);
		if (ch === terminator) {
			state.position++;
			addPopEvent(state);
			return true;
		} else if (!readNext) throwError(state, "missed comma between flow collection entries");
		else if (ch === 44) throwError(state, "expected the node content, but found ','");
		let isPair = false;
		let isExplicitPair = false;
		if (ch === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
			isPair = isExplicitPair = true;
			state.position += 1;
			skipFlowSeparationSpace(state, nodeIndent);
		}
		const entryLine = state.line;
		const entryStart = snapshotState(state);
		const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
		skipFlowSeparationSpace(state, nodeIndent);
		ch = state.input.charCodeAt(state.position);
		if ((isMapping || isExplicitPair || state.line === entryLine) && ch === 58) {
			isPair = true;
			state.position++;
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) {
				insertFlowPairMappingEvent(state, entryStart);
				if (!keyWasRead) addEmptyScalarEvent(state);
			} else if (!keyWasRead) addEmptyScalarEvent(state);
			if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) addPopEvent(state);
		} else if (isMapping && isPair) {
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
		} else if (isMapping) addEmptyScalarEvent(state);
		else if (isPair) {
			insertFlowPairMappingEvent(state, entryStart);
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
			addPopEvent(state);
		}
		ch = state.input.charCodeAt(state.position);
		if (ch === 44) {
			readNext = true;
			state.position++;
		} else readNext = false;
	}
	throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
	if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
	addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
	while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
		if (state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const entryLine = state.line;
		state.position++;
		const hadBreak = skipSeparationSpace(state, true) > 0;
		if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
		if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
		else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
		skipSeparationSpace(state, true);
		if (state.lineIndent < nodeIndent || state.position >= state.length) break;
		if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
		if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
	}
	addPopEvent(state);
	return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
	let atExplicitKey = false;
	let detected = false;
	let mappingOpened = false;
	let pendingExplicitKey = false;
	if (state.firstTabInLine !== -1) return false;
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0) {
		if (!atExplicitKey && state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const following = state.input.charCodeAt(state.position + 1);
		const entryLine = state.line;
		if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
			if (!mappingOpened) {
				addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
				mappingOpened = true;
			}
			if (ch === 63) {
				if (atExplicitKey) addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = true;
			} else if (atExplicitKey) atExplicitKey = false;
			else {
				addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = false;
			}
			state.position += 1;
			pendingExplicitKey = true;
		} else {
			if (atExplicitKey) {
				addEmptyScalarEvent(state);
				atExplicitKey = false;
			}
			const beforeKey = snapshotState(state);
			if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
			if (state.line === entryLine) {
				ch = state.input.charCodeAt(state.position);
				while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
				if (ch === 58) {
					ch = state.input.charCodeAt(++state.position);
					if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
					if (!mappingOpened) {
						state.events.splice(beforeKey.eventsLength, 0, {
							type: EVENT_ID.MAPPING,
							start: beforeKey.position,
							anchorStart: props.anchorStart,
							anchorEnd: props.anchorEnd,
							tagStart: props.tagStart,
							tagEnd: props.tagEnd,
							style: COLLECTION_STYLE.BLOCK
						});
						mappingOpened = true;
					}
					detected = true;
					atExplicitKey = false;
					pendingExplicitKey = false;
				} else if (detected) throwError(state, "expected ':' after a mapping key");
				else {
					if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
						restoreState(state, beforeKey);
						return false;
					}
					return true;
				}
			} else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
			else {
				if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
					restoreState(state, beforeKey);
					return false;
				}
				return true;
			}
		}
		if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
		if (!atExplicitKey) {
			if (pendingExplicitKey) {
				addEmptyScalarEvent(state);
				pendingExplicitKey = false;
			}
		}
		skipSeparationSpace(state, true);
		ch = state.input.charCodeAt(state.position);
		if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
		else if (state.lineIndent < nodeIndent) break;
	}
	if (!detected) return false;
	if (atExplicitKey) addEmptyScalarEvent(state);
	if (mappingOpened) addPopEvent(state);
	return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
	if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
	state.depth++;
	let indentStatus = 1;
	let atNewLine = false;
	let hasContent = false;
	let propertyStart = null;
	const props = emptyProperties();
	let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
	let allowBlockCollections = allowBlockScalars;
	const allowBlockStyles = allowBlockScalars;
	if (allowToSeek && skipSeparationSpace(state, true)) {
		atNewLine = true;
		if (state.lineIndent > parentIndent) indentStatus = 1;
		else if (state.lineIndent === parentIndent) indentStatus = 0;
		else indentStatus = -1;
	}
	if (indentStatus === 1) while (true) {
		const ch = state.input.charCodeAt(state.position);
		const propertyState = snapshotState(state);
		if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
		if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
			const fallbackState = snapshotState(state);
			const flowIndent = parentIndent + 1;
			if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
				state.depth--;
				return true;
			}
			restoreState(state, fallbackState);
		}
		if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
		if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
		if (propertyStart === null) propertyStart = propertyState;
		if (skipSeparationSpace(state, true)) {
			atNewLine = true;
			allowBlockCollections = allowBlockStyles;
			if (state.lineIndent > parentIndent) indentStatus = 1;
			else if (state.lineIndent === parentIndent) indentStatus = 0;
			else indentStatus = -1;
		} else allowBlockCollections = false;
	}
	if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
	if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
		const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
		const blockIndent = state.position - state.lineStart;
		if (indentStatus === 1) {
			if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
			else {
				const ch = state.input.charCodeAt(state.position);
				if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
					const fallbackState = snapshotState(state);
					const propertyIndent = propertyStart.position - propertyStart.lineStart;
					restoreState(state, propertyStart);
					if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
					else restoreState(state, fallbackState);
				}
				if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
			}
		} else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
	}
	allowBlockScalars = allowBlockScalars && !hasContent;
	if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
		addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
		hasContent = true;
	}
	state.depth--;
	return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
	if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
	state.position++;
	const nameStart = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
	const name = state.input.slice(nameStart, state.position);
	const args = [];
	if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
	while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
		while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
		if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
		const start = state.position;
		while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
		args.push(state.input.slice(start, state.position));
	}
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	if (name === "YAML") {
		if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
		if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
		const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
		if (match === null) throwError(state, "ill-formed argument of the YAML directive");
		if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
		state.directives.push({
			kind: "yaml",
			version: args[0]
		});
	} else if (name === "TAG") {
		if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
		const [handle, prefix] = args;
		if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
		if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
		if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
		state.tagHandlers[handle] = prefix;
		state.directives.push({
			kind: "tag",
			handle,
			prefix
		});
	}
	return true;
}
function readDocument(state) {
	state.directives = [];
	state.tagHandlers = Object.create(null);
	let hasDirectives = false;
	skipSeparationSpace(state, true);
	while (readDirective(state)) {
		hasDirectives = true;
		skipSeparationSpace(state, true);
	}
	let explicitStart = false;
	let explicitEnd = false;
	let allowCompact = true;
	if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
		explicitStart = true;
		const markerLine = state.line;
		state.position += 3;
		skipSeparationSpace(state, true);
		allowCompact = state.line > markerLine;
	} else if (hasDirectives) throwError(state, "directives end mark is expected");
	const documentEventIndex = state.events.length;
	if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
		state.position += 3;
		skipSeparationSpace(state, true);
		return;
	}
	addDocumentEvent(state, explicitStart, false);
	if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
	skipSeparationSpace(state, true);
	if (state.position === state.lineStart && testDocumentSeparator(state)) {
		explicitEnd = state.input.charCodeAt(state.position) === 46;
		if (explicitEnd) {
			const markerLine = state.line;
			state.position += 3;
			skipSeparationSpace(state, true);
			if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
		}
	}
	const documentEvent = state.events[documentEventIndex];
	if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
	addPopEvent(state);
	if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
/**
* Parses YAML into a flat event stream referencing source text by offsets.
*
* @category Events
*/
function parseEvents(input, options) {
	const length = input.length;
	const state = {
		...DEFAULT_PARSER_OPTIONS,
		...options,
		input: `${input}\0`,
		length,
		position: 0,
		line: 0,
		lineStart: 0,
		lineIndent: 0,
		firstTabInLine: -1,
		depth: 0,
		directives: [],
		tagHandlers: Object.create(null),
		events: []
	};
	const nullpos = input.indexOf("\0");
	if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
	while (state.position < state.length) {
		skipByteOrderMark(state);
		skipSeparationSpace(state, true);
		if (state.position >= state.length) break;
		const documentStart = state.position;
		readDocument(state);
		if (state.position === documentStart)
 /* c8 ignore next */
		throwError(state, "can not read a document");
	}
	return state.events;
}
//#endregion
//#region src/load.ts
var DEFAULT_LOAD_OPTIONS = {
	...DEFAULT_PARSER_OPTIONS,
	...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
	const opts = {
		...DEFAULT_LOAD_OPTIONS,
		...options
	};
	const source = String(input);
	const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
	const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
	return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
		...pick(opts, CONSTRUCTOR_OPT_KEYS),
		source
	});
}
function loadAll(input, iteratorOrOptions, options) {
	let iterator = null;
	if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
	else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
	const documents = loadDocuments(input, options);
	if (iterator === null) return documents;
	for (const document of documents) iterator(document);
}
/**
* Parses `string` as a single YAML document. Throws {@link YAMLException} on
* error. This function does not understand multi-document or empty sources; it
* throws an exception on those.
*
* > [!NOTE]
* > 1. When processing untrusted input, see the
* >    [security considerations](../docs/safety.md).
* > 2. All exceptions MUST be caught, not just {@link YAMLException}.
* > 3. The default {@link CORE_SCHEMA} comes without the `!!merge` tag. You can
* >    easily enable it if needed.
* > 4. The default {@link mapTag} is `{}`-object based, with known limitations
* >    (see description). For full compatibility use {@link realMapTag}
* >    instead (it uses native JS `Map`).
*
* @example
* Enable {@link mergeTag} and {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag, realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Main
*/
function js_yaml_load(input, options) {
	const documents = loadDocuments(input, options);
	if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
	if (documents.length === 1) return documents[0];
	throw new YAMLException("expected a single document in the stream, but found more");
}
//#endregion
//#region src/ast/from_js.ts
var INVALID = Symbol("INVALID");
function buildRepresentTypes(schema) {
	const defaultTags = new Set([
		schema.defaultScalarTag,
		schema.defaultSequenceTag,
		schema.defaultMappingTag
	].filter((t) => t !== void 0));
	const implicitScalars = schema.implicitScalarTags;
	const explicitTags = schema.tags.filter((t) => !(t.nodeKind === "scalar" && t.implicit) && !defaultTags.has(t));
	const defaultTagsLast = schema.tags.filter((t) => defaultTags.has(t));
	return [
		...implicitScalars.map((tag) => ({
			tag,
			implicitTag: true
		})),
		...explicitTags.map((tag) => ({
			tag,
			implicitTag: false
		})),
		...defaultTagsLast.map((tag) => ({
			tag,
			implicitTag: true
		}))
	];
}
function matchTag(state, object) {
	for (let index = 0, length = state.representTypes.length; index < length; index += 1) {
		const { tag, implicitTag } = state.representTypes[index];
		if (tag.identify(object)) {
			let tagName;
			if (tag.matchByTagPrefix) tagName = tag.representTagName(object);
			else tagName = tag.tagName;
			return {
				tag,
				tagName,
				implicitTag
			};
		}
	}
	return null;
}
function build(state, object) {
	if (!state.noRefs && object !== null && typeof object === "object") {
		const existing = state.refs.get(object);
		if (existing) {
			if (existing.anchor === void 0) existing.anchor = `ref_${state.refCounter++}`;
			return {
				kind: "alias",
				anchor: existing.anchor
			};
		}
	}
	const matched = matchTag(state, object);
	if (!matched) {
		if (object === void 0) return INVALID;
		if (state.skipInvalid) return INVALID;
		throw new YAMLException(`unacceptable kind of an object to dump ${Object.prototype.toString.call(object)}`);
	}
	const { tag, tagName, implicitTag } = matched;
	const nodeTagName = implicitTag ? tagName : tagNameShort(tagName);
	if (tag.nodeKind === "scalar") return {
		kind: "scalar",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: SCALAR_STYLE.PLAIN,
		value: tag.represent(object)
	};
	if (tag.nodeKind === "sequence") {
		const container = tag.represent(object);
		const node = {
			kind: "sequence",
			tag: nodeTagName,
			tagged: !implicitTag,
			style: COLLECTION_STYLE.BLOCK,
			items: []
		};
		if (!state.noRefs) state.refs.set(object, node);
		for (let index = 0, length = container.length; index < length; index += 1) {
			let item = build(state, container[index]);
			if (item === INVALID && container[index] === void 0) item = build(state, null);
			if (item === INVALID) continue;
			node.items.push(item);
		}
		return node;
	}
	const map = tag.represent(object);
	const node = {
		kind: "mapping",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: COLLECTION_STYLE.BLOCK,
		items: []
	};
	if (!state.noRefs) state.refs.set(object, node);
	for (const [objectKey, objectValue] of map) {
		const key = build(state, objectKey);
		if (key === INVALID) continue;
		const value = build(state, objectValue);
		if (value === INVALID) continue;
		node.items.push({
			key,
			value
		});
	}
	return node;
}
/**
* Convert JS object to AST. A JS value is one YAML document. An unrepresentable
* root becomes an empty document, which the presenter renders as an empty
* string.
*
* @category AST
*/
function jsToAst(input, schema, options = {}) {
	const root = build({
		representTypes: buildRepresentTypes(schema),
		noRefs: options.noRefs ?? false,
		skipInvalid: options.skipInvalid ?? false,
		refs: /* @__PURE__ */ new Map(),
		refCounter: 0
	}, input);
	return [{
		contents: root === INVALID ? null : root,
		directives: []
	}];
}
//#endregion
//#region src/ast/visit.ts
/**
* Return from a visitor to stop the whole traversal.
*
* @category AST
*/
var VISIT_BREAK = Symbol("visit:break");
/**
* Return from a visitor to skip the current node's children.
*
* @category AST
*/
var VISIT_SKIP = Symbol("visit:skip");
function visitNode(node, visitor, ctx) {
	const control = visitor(node, ctx);
	if (control === VISIT_BREAK) return true;
	if (control === VISIT_SKIP) return false;
	const depth = ctx.depth + 1;
	switch (node.kind) {
		case "sequence":
			for (const item of node.items) if (visitNode(item, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
			break;
		case "mapping": for (const { key, value } of node.items) {
			if (visitNode(key, visitor, {
				depth,
				parent: node,
				isKey: true
			})) return true;
			if (visitNode(value, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
		}
	}
	return false;
}
/**
* Walk every node in the documents, calling {@link Visitor} once per
* node (pre-order).
*
* @category AST
*/
function visit(documents, visitor) {
	for (const doc of documents) if (doc.contents && visitNode(doc.contents, visitor, {
		depth: 0,
		parent: null,
		isKey: false
	})) return;
}
//#endregion
//#region src/ast/styler_defaults.ts
function hasBit(mask, bit) {
	return (mask & 1 << bit) !== 0;
}
/**
* Default scalar styling rules in application order.
* See [Scalar styling](../../docs/scalar_styling.md) for usage details.
*
* @category AST
*/
var DEFAULT_SCALAR_STYLE_RULES = {
	applyQuoteFlowKeysOption,
	doubleQuoteForInvisibles,
	doubleQuoteWhitespaceOnly,
	applyForceQuotesOption,
	tryLongOrMultilineAsBlock,
	quoteInvalidPlain,
	fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
	if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
	return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
	if (!layout.presenterOptions.quoteFlowKeys) return;
	if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
	layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
	if (!layout.presenterOptions.forceQuotes) return;
	if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
	if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
	layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
	if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
	const value = layout.node.value;
	const multiline = value.indexOf("\n") !== -1;
	if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
		if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
		return;
	}
	const w = layout.presenterOptions.lineWidth;
	if (w === -1) {
		if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
		return;
	}
	const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	let position = 0;
	let shouldFold = false;
	while (position <= value.length) {
		let lineEnd = value.length;
		const nextLineBreak = value.indexOf("\n", position);
		if (nextLineBreak !== -1) lineEnd = nextLineBreak;
		const line = value.slice(position, lineEnd);
		if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
		if (nextLineBreak === -1) break;
		position = nextLineBreak + 1;
	}
	if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
	else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
	if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
//#endregion
//#region src/ast/scalar_styler.ts
function setBit(mask, bit) {
	return mask | 1 << bit;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var C_FORBIDDEN_FIRST_LINE = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/;
var C_FORBIDDEN_CONTENT = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/m;
function canUsePlain(layout) {
	const str = layout.node.value;
	if (str !== "") {
		if (!(layout.isKey ? layout.flowOnly ? NS_PLAIN_FLOW_KEY : NS_PLAIN_BLOCK_KEY : layout.flowOnly ? NS_PLAIN_FLOW_IN : NS_PLAIN_FLOW_OUT).test(str)) return false;
		if (layout.shiftOfFirstLine === 0 && C_FORBIDDEN_FIRST_LINE.test(str)) return false;
		if (layout.shiftOfContent === 0) {
			const firstLineBreak = str.indexOf("\n");
			if (firstLineBreak !== -1) {
				const content = str.slice(firstLineBreak + 1);
				if (C_FORBIDDEN_CONTENT.test(content)) return false;
			}
		}
	}
	const resolvedTag = layout.presenterOptions.schema.resolveImplicitScalarTag(str).tag.tagName;
	if (!layout.node.tagged && resolvedTag !== layout.node.tag) return false;
	if (!layout.node.tagged && str === "=" && resolvedTag === layout.presenterOptions.schema.defaultScalarTag.tagName) return false;
	return true;
}
function canUseSingleQuoted(layout) {
	const str = layout.node.value;
	if (!(layout.isKey ? NB_SINGLE_ONE_LINE : NB_SINGLE_MULTI_LINE).test(str)) return false;
	if (/[ \t]\n|\n[ \t]/.test(str)) return false;
	if (!layout.isKey && layout.shiftOfContent === 0) {
		const firstLineBreak = str.indexOf("\n");
		if (firstLineBreak !== -1 && C_FORBIDDEN_CONTENT.test(str.slice(firstLineBreak + 1))) return false;
	}
	return true;
}
function canUseBlock(layout) {
	if (layout.flowOnly || !BLOCK_SCALAR_CONTENT.test(layout.node.value)) return false;
	const contentIndent = layout.shiftOfContent - layout.shiftOfParent;
	if (contentIndent < 1) return false;
	if (contentIndent > 9 && /^\n* /.test(layout.node.value)) return false;
	if (layout.shiftOfContent === 0 && C_FORBIDDEN_CONTENT.test(layout.node.value)) return false;
	return true;
}
function detectAllowedStyles(layout) {
	let mask = setBit(0, SCALAR_STYLE.DOUBLE_QUOTED);
	if (canUsePlain(layout)) mask = setBit(mask, SCALAR_STYLE.PLAIN);
	if (canUseSingleQuoted(layout)) mask = setBit(mask, SCALAR_STYLE.SINGLE_QUOTED);
	if (canUseBlock(layout)) mask = setBit(setBit(mask, SCALAR_STYLE.LITERAL_BLOCK), SCALAR_STYLE.FOLDED_BLOCK);
	layout.allowedStylesMask = mask;
}
function renderScalar(layout) {
	switch (layout.style) {
		case SCALAR_STYLE.PLAIN: return renderPlain(layout);
		case SCALAR_STYLE.SINGLE_QUOTED: return renderSingleQuoted(layout);
		case SCALAR_STYLE.LITERAL_BLOCK: return renderLiteralBlock(layout);
		case SCALAR_STYLE.FOLDED_BLOCK: return renderFoldedBlock(layout);
		case SCALAR_STYLE.DOUBLE_QUOTED: return renderDoubleQuoted(layout);
	}
}
function renderPlain(layout) {
	return encodeFlowBreaks(layout.node.value, layout.shiftOfContent);
}
function renderSingleQuoted(layout) {
	return `'${encodeFlowBreaks(layout.node.value, layout.shiftOfContent).replace(/'/g, "''")}'`;
}
function renderLiteralBlock(layout) {
	const value = layout.node.value;
	return "|" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(value, layout.shiftOfContent));
}
function renderFoldedBlock(layout) {
	const value = layout.node.value;
	const w = layout.presenterOptions.lineWidth;
	let availableWidth = Infinity;
	if (w !== -1) availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	return ">" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(foldBlockScalar(value, availableWidth), layout.shiftOfContent));
}
function renderDoubleQuoted(layout) {
	return `"${escapeString(layout.node.value)}"`;
}
function encodeFlowBreaks(string, shiftOfContent) {
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) return string;
	const pad = " ".repeat(shiftOfContent);
	let result = string.slice(0, nextLF);
	const lineRe = /(\n+)([^\n]*)/g;
	lineRe.lastIndex = nextLF;
	let match;
	while (match = lineRe.exec(string)) {
		const breaks = match[1].length;
		const line = match[2];
		result += "\n".repeat(breaks + 1) + pad + line;
	}
	return result;
}
function indentString(string, spaces) {
	const indent = " ".repeat(spaces);
	let position = 0;
	let result = "";
	const length = string.length;
	while (position < length) {
		let line;
		const next = string.indexOf("\n", position);
		if (next === -1) {
			line = string.slice(position);
			position = length;
		} else {
			line = string.slice(position, next + 1);
			position = next + 1;
		}
		if (line.length && line !== "\n") result += indent;
		result += line;
	}
	return result;
}
function needIndentIndicator(string) {
	return /^\n* /.test(string);
}
function blockHeader(string, shiftOfParent, shiftOfContent) {
	const indentIndicator = needIndentIndicator(string) ? String(shiftOfContent - shiftOfParent) : "";
	const clip = string[string.length - 1] === "\n";
	return `${indentIndicator}${clip && (string[string.length - 2] === "\n" || string === "\n") ? "+" : clip ? "" : "-"}\n`;
}
function dropEndingNewline(string) {
	return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
}
function isMoreIndented(char) {
	return char === " " || char === "	";
}
function foldLine(line, width) {
	if (line === "" || isMoreIndented(line[0])) return line;
	const breakRe = / [^ \t]/g;
	let match;
	let start = 0;
	let end;
	let curr = 0;
	let next = 0;
	let result = "";
	while (match = breakRe.exec(line)) {
		next = match.index;
		if (next - start > width) {
			end = curr > start ? curr : next;
			result += `\n${line.slice(start, end)}`;
			start = end + 1;
		}
		curr = next;
	}
	result += "\n";
	if (line.length - start > width && curr > start) result += `${line.slice(start, curr)}\n${line.slice(curr + 1)}`;
	else result += line.slice(start);
	return result.slice(1);
}
function foldBlockScalar(string, width) {
	const lineRe = /(\n+)([^\n]*)/g;
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) nextLF = string.length;
	lineRe.lastIndex = nextLF;
	let result = foldLine(string.slice(0, nextLF), width);
	let prevMoreIndented = string[0] === "\n" || isMoreIndented(string[0]);
	let moreIndented;
	let match;
	while (match = lineRe.exec(string)) {
		const prefix = match[1];
		const line = match[2];
		moreIndented = line !== "" && isMoreIndented(line[0]);
		result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
		prevMoreIndented = moreIndented;
	}
	return result;
}
var CHARACTERS_TO_ESCAPE = /["\\\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/gu;
function escapeCharacter(character) {
	switch (character) {
		case "\0": return "\\0";
		case "\x07": return "\\a";
		case "\b": return "\\b";
		case "	": return "\\t";
		case "\n": return "\\n";
		case "\v": return "\\v";
		case "\f": return "\\f";
		case "\r": return "\\r";
		case "\x1B": return "\\e";
		case "\"": return "\\\"";
		case "\\": return "\\\\";
		case "": return "\\N";
		case "\xA0": return "\\_";
		case "\u2028": return "\\L";
		case "\u2029": return "\\P";
	}
	const code = character.charCodeAt(0);
	const hex = code.toString(16).toUpperCase();
	if (code <= 255) return `\\x${"0".repeat(2 - hex.length)}${hex}`;
	return `\\u${"0".repeat(4 - hex.length)}${hex}`;
}
function escapeString(string) {
	return string.replace(CHARACTERS_TO_ESCAPE, escapeCharacter);
}
//#endregion
//#region src/ast/presenter.ts
var CHAR_LINE_FEED = 10;
var DEFAULT_PRESENTER_OPTIONS = {
	indent: 2,
	seqNoIndent: false,
	seqInlineFirst: true,
	lineWidth: 80,
	flowBracketPadding: false,
	flowSkipCommaSpace: false,
	flowSkipColonSpace: false,
	quoteFlowKeys: false,
	quoteStyle: "single",
	forceQuotes: false,
	scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
	tagBeforeAnchor: false
};
function nodeTagShort(node) {
	return node.tagged ? node.tag : tagNameShort(node.tag);
}
function createPresenterState(options) {
	const opts = {
		...DEFAULT_PRESENTER_OPTIONS,
		...options
	};
	if (opts.flowSkipColonSpace) opts.quoteFlowKeys = true;
	return {
		...opts,
		defaultScalarTagName: opts.schema.defaultScalarTag.tagName,
		openEnded: false
	};
}
function generateNextLine(state, level) {
	return `\n${" ".repeat(state.indent * level)}`;
}
function scalarLayout(state, node, parent, level, isKey, flowOnly) {
	return {
		node,
		parent,
		level,
		isKey,
		flowOnly,
		shiftOfParent: level === 0 ? -1 : state.indent * (level - 1),
		shiftOfContent: state.indent * Math.max(1, level),
		shiftOfFirstLine: level === 0 ? 0 : state.indent * level,
		presenterOptions: state,
		allowedStylesMask: 0,
		style: node.style
	};
}
function writeFlowSequence(state, level, node) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level, node.items[index], node, {}).text;
		if (index > 0) result += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		result += item;
	}
	const pad = state.flowBracketPadding && node.items.length > 0 ? " " : "";
	return `[${pad}${result}${pad}]`;
}
function writeBlockSequence(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level + 1, node.items[index], node, {
			block: true,
			compact: state.seqInlineFirst,
			isblockseq: true
		}).text;
		if (!compact || result !== "") result += generateNextLine(state, level);
		if (item === "" || CHAR_LINE_FEED === item.charCodeAt(0)) result += "-";
		else result += "- ";
		result += item;
	}
	return result;
}
function writeFlowMapping(state, level, node) {
	let result = "";
	for (const { key, value } of node.items) {
		let pairBuffer = "";
		if (result !== "") pairBuffer += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		const keyRender = writeNode(state, level, key, node, { iskey: true });
		const keyText = keyRender.text;
		const valueText = writeNode(state, level, value, node, {}).text;
		const sep = state.flowSkipColonSpace || valueText === "" ? "" : " ";
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = key.kind === "alias" || keyIsBareProps ? " " : "";
		pairBuffer += `${keyText}${keyColonSep}:${sep}${valueText}`;
		result += pairBuffer;
	}
	const pad = state.flowBracketPadding && result !== "" ? " " : "";
	return `{${pad}${result}${pad}}`;
}
function writeBlockMapping(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		let pairBuffer = "";
		if (!compact || result !== "") pairBuffer += generateNextLine(state, level);
		const { key, value } = node.items[index];
		const keyIsBlock = (key.kind === "mapping" || key.kind === "sequence") && key.style === COLLECTION_STYLE.BLOCK && key.items.length !== 0 || key.kind === "scalar" && (key.style === SCALAR_STYLE.LITERAL_BLOCK || key.style === SCALAR_STYLE.FOLDED_BLOCK);
		const keyRender = keyIsBlock ? writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			isblockseq: !cannotBeCompact(state, key, level + 1)
		}) : writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			iskey: true
		});
		const keyText = keyRender.text;
		const keyHasLineBreak = key.kind === "scalar" && key.value.indexOf("\n") !== -1;
		const keyIsTooLong = keyText.length > 1024 && /^[\s\S]{1025}/u.test(keyText);
		const explicitPair = keyIsBlock || keyHasLineBreak || keyIsTooLong;
		if (explicitPair) {
			if (keyText && CHAR_LINE_FEED === keyText.charCodeAt(0)) pairBuffer += "?";
			else pairBuffer += "? ";
		}
		pairBuffer += keyText;
		if (explicitPair) pairBuffer += generateNextLine(state, level);
		const valueText = writeNode(state, level + 1, value, node, {
			block: true,
			compact: explicitPair,
			isblockseq: explicitPair && !cannotBeCompact(state, value, level + 1)
		}).text;
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = !explicitPair && (key.kind === "alias" || keyIsBareProps) ? " " : "";
		if (valueText === "" || CHAR_LINE_FEED === valueText.charCodeAt(0)) pairBuffer += `${keyColonSep}:`;
		else pairBuffer += `${keyColonSep}: `;
		pairBuffer += valueText;
		result += pairBuffer;
	}
	return result;
}
function cannotBeCompact(state, node, level) {
	if (node.kind === "alias") return true;
	return node.tagged || node.anchor !== void 0 || state.indent < 2 && level > 0;
}
function writeNode(state, level, node, parent, ctx) {
	if (node.kind === "alias") {
		state.openEnded = false;
		return {
			text: `*${node.anchor}`,
			noBody: false
		};
	}
	const { block = false, iskey = false, isblockseq = false } = ctx;
	let compact = ctx.compact ?? false;
	const hasAnchor = node.anchor !== void 0;
	if (cannotBeCompact(state, node, level)) compact = false;
	let body;
	let shouldPrintTag = node.tagged;
	const useBlockCollection = block && (node.kind === "mapping" || node.kind === "sequence") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0;
	if (node.kind === "mapping") {
		if (useBlockCollection) body = writeBlockMapping(state, level, node, compact);
		else body = writeFlowMapping(state, level, node);
	} else if (node.kind === "sequence") {
		if (useBlockCollection) {
			if (state.seqNoIndent && !isblockseq && level > 0) body = writeBlockSequence(state, level - 1, node, compact);
			else body = writeBlockSequence(state, level, node, compact);
		} else body = writeFlowSequence(state, level, node);
	} else {
		const layout = scalarLayout(state, node, parent, level, iskey, !block);
		detectAllowedStyles(layout);
		for (const rule of state.scalarStyleRules) rule(layout);
		body = renderScalar(layout);
		state.openEnded = (layout.style === SCALAR_STYLE.LITERAL_BLOCK || layout.style === SCALAR_STYLE.FOLDED_BLOCK) && (node.value === "\n" || node.value.endsWith("\n\n"));
		shouldPrintTag = node.tagged || body === "" && layout.flowOnly && parent?.kind === "sequence" && !hasAnchor || layout.style !== SCALAR_STYLE.PLAIN && node.tag !== state.defaultScalarTagName;
	}
	if ((node.kind === "mapping" || node.kind === "sequence") && !useBlockCollection) state.openEnded = false;
	if (useBlockCollection && compact && level > 0 && state.indent > 2) body = `${" ".repeat(state.indent - 2)}${body}`;
	const noBody = body === "";
	let text = body;
	if (shouldPrintTag || hasAnchor) {
		const props = [];
		const tag = shouldPrintTag ? nodeTagShort(node) : null;
		const anchor = hasAnchor ? `&${node.anchor}` : null;
		if (state.tagBeforeAnchor) {
			if (tag !== null) props.push(tag);
			if (anchor !== null) props.push(anchor);
		} else {
			if (anchor !== null) props.push(anchor);
			if (tag !== null) props.push(tag);
		}
		const sep = body === "" || body.charCodeAt(0) === CHAR_LINE_FEED ? "" : " ";
		text = `${props.join(" ")}${sep}${body}`;
	}
	return {
		text,
		noBody
	};
}
function rootStartsOwnLine(node) {
	return (node.kind === "sequence" || node.kind === "mapping") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0 && !node.tagged && node.anchor === void 0;
}
function writeDocumentDirectives(doc) {
	let result = "";
	for (const directive of doc.directives) {
		if (directive.kind === "yaml") {
			result += `%YAML ${directive.version}\n`;
			continue;
		}
		const { handle, prefix } = directive;
		result += `%TAG ${handle} ${prefix}\n`;
	}
	return result;
}
/**
* Build YAML from AST.
*
* @category AST
*/
function present(documents, options) {
	const state = createPresenterState(options);
	let result = "";
	let previousEnded = false;
	for (let index = 0; index < documents.length; index += 1) {
		const doc = documents[index];
		state.openEnded = false;
		const directives = writeDocumentDirectives(doc);
		const hasDirectives = directives !== "";
		const marker = doc.explicitStart || hasDirectives || index > 0 && !previousEnded;
		result += directives;
		if (doc.contents === null) {
			if (marker) result += "---\n";
		} else if (marker) {
			const body = writeNode(state, 0, doc.contents, null, {
				block: true,
				compact: true
			}).text;
			const sep = body === "" ? "" : hasDirectives || rootStartsOwnLine(doc.contents) ? "\n" : " ";
			result += `---${sep}${body}\n`;
		} else result += writeNode(state, 0, doc.contents, null, {
			block: true,
			compact: true
		}).text + "\n";
		previousEnded = doc.explicitEnd || state.openEnded;
		if (previousEnded) result += "...\n";
	}
	return result;
}
//#endregion
//#region src/dump.ts
var DEFAULT_DUMP_OPTIONS = {
	...DEFAULT_PRESENTER_OPTIONS,
	schema: DUMP_SCHEMA,
	skipInvalid: false,
	noRefs: false,
	flowLevel: -1,
	sortKeys: false,
	transform: () => {}
};
function defaultCompareFn(a, b) {
	const x = String(a);
	const y = String(b);
	if (x < y) return -1;
	if (x > y) return 1;
	return 0;
}
/**
* Serializes JS object as a YAML document. By default it can dump every
* supported YAML type, so it throws an exception if you try to dump regexps or
* functions. However, you can disable exceptions by setting the
* {@link DumpOptions.skipInvalid} option to `true`.
*
* @category Main
*/
function dump(input, options = {}) {
	const opts = {
		...DEFAULT_DUMP_OPTIONS,
		...options
	};
	const documents = jsToAst(input, opts.schema, {
		noRefs: opts.noRefs,
		skipInvalid: opts.skipInvalid
	});
	if (opts.flowLevel >= 0) visit(documents, (node, ctx) => {
		if (ctx.depth < opts.flowLevel) return;
		if (node.kind === "sequence" || node.kind === "mapping") node.style = COLLECTION_STYLE.FLOW;
		return VISIT_SKIP;
	});
	if (opts.sortKeys) {
		const compareFn = opts.sortKeys === true ? defaultCompareFn : opts.sortKeys;
		visit(documents, (node) => {
			if (node.kind !== "mapping") return;
			node.items.sort((a, b) => compareFn(a.key.kind === "scalar" ? a.key.value : "", b.key.kind === "scalar" ? b.key.value : ""));
		});
	}
	opts.transform(documents);
	return present(documents, {
		...pick(opts, Object.keys(DEFAULT_PRESENTER_OPTIONS)),
		schema: opts.schema
	});
}
//#endregion
//#region src/ast/from_events.ts
var NO_RANGE = (/* unused pure expression or super */ null && (-1));
function eventPosition(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function rawTag(state, event) {
	return event.tagStart === NO_RANGE ? "" : state.source.slice(event.tagStart, event.tagEnd);
}
function anchorName(state, event) {
	return event.anchorStart === NO_RANGE ? void 0 : state.source.slice(event.anchorStart, event.anchorEnd);
}
function buildScalar(state, event) {
	const value = getScalarValue(state.source, event);
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw !== "") {
		tagged = true;
		tag = raw;
	} else if (event.style === SCALAR_STYLE.PLAIN) tag = state.schema.resolveImplicitScalarTag(value).tag.tagName;
	else tag = state.schema.defaultScalarTag.tagName;
	return {
		kind: "scalar",
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event),
		value
	};
}
function buildCollection(state, event, defaultTagName) {
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw === "") tag = defaultTagName;
	else {
		tag = raw;
		tagged = true;
	}
	return {
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event)
	};
}
function addNode(state, node) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") frame.doc.contents = node;
	else if (frame.kind === "sequence") frame.node.items.push(node);
	else if (frame.key) {
		frame.node.items.push({
			key: frame.key,
			value: node
		});
		frame.key = null;
	} else frame.key = node;
}
/**
* Builds an AST from parser events
*
* @category AST
*/
function eventsToAst(events, options) {
	const state = {
		source: options.source,
		schema: options.schema,
		eventIndex: 0,
		position: 0,
		frames: [],
		documents: []
	};
	while (state.eventIndex < events.length) {
		const event = events[state.eventIndex++];
		state.position = eventPosition(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT: {
				const doc = {
					contents: null,
					explicitStart: event.explicitStart,
					explicitEnd: event.explicitEnd,
					directives: event.directives
				};
				state.frames.push({
					kind: "document",
					doc
				});
				break;
			}
			case EVENT_ID.SCALAR:
				addNode(state, buildScalar(state, event));
				break;
			case EVENT_ID.SEQUENCE: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:seq");
				const node = {
					kind: "sequence",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "sequence",
					node
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:map");
				const node = {
					kind: "mapping",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "mapping",
					node,
					key: null
				});
				break;
			}
			case EVENT_ID.ALIAS:
				addNode(state, {
					kind: "alias",
					anchor: state.source.slice(event.anchorStart, event.anchorEnd)
				});
				break;
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.key) throw new Error("incomplete mapping pair in event stream");
				if (frame.kind === "document") state.documents.push(frame.doc);
				else addNode(state, frame.node);
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/index.ts
/** @deprecated Use `EVENT_ID.DOCUMENT` instead. @internal */
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
/** @deprecated Use `EVENT_ID.SEQUENCE` instead. @internal */
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
/** @deprecated Use `EVENT_ID.MAPPING` instead. @internal */
var EVENT_MAPPING = EVENT_ID.MAPPING;
/** @deprecated Use `EVENT_ID.SCALAR` instead. @internal */
var EVENT_SCALAR = EVENT_ID.SCALAR;
/** @deprecated Use `EVENT_ID.ALIAS` instead. @internal */
var EVENT_ALIAS = EVENT_ID.ALIAS;
/** @deprecated Use `EVENT_ID.POP` instead. @internal */
var EVENT_POP = EVENT_ID.POP;
/** @deprecated Use `SCALAR_STYLE.PLAIN` instead. @internal */
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
/** @deprecated Use `SCALAR_STYLE.SINGLE_QUOTED` instead. @internal */
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.DOUBLE_QUOTED` instead. @internal */
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.LITERAL_BLOCK` instead. @internal */
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
/** @deprecated Use `SCALAR_STYLE.FOLDED_BLOCK` instead. @internal */
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
/** @deprecated Use `COLLECTION_STYLE.BLOCK` instead. @internal */
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
/** @deprecated Use `COLLECTION_STYLE.FLOW` instead. @internal */
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
/** @deprecated Use `CHOMPING_MODE.CLIP` instead. @internal */
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
/** @deprecated Use `CHOMPING_MODE.STRIP` instead. @internal */
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
/** @deprecated Use `CHOMPING_MODE.KEEP` instead. @internal */
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;
//#endregion


//# sourceMappingURL=js-yaml.mjs.map
;// CONCATENATED MODULE: ../../packages/shared/src/yaml/index.ts

/**
 * YAML parsing for inputs, parameter files, templates and kubeconfigs, with js-yaml: its bundle is less than
 * half of `yaml`'s and loads and parses a template in about 11 ms instead of 18 (bench note in
 * docs/performance.md, cold start) — a cost every action pays at start-up. The YAML 1.2 core schema: no
 * timestamps, no merge keys, `yes` is a string.
 */
class YamlSyntaxError extends Error {
    /** What is wrong, without the position. */
    reason;
    /** 1-based line of the problem, when known. */
    line;
    constructor(reason, line) {
        super(line ? `${reason} (line ${line})` : reason);
        this.name = 'YamlSyntaxError';
        this.reason = reason;
        this.line = line;
    }
}
function wrap(parse) {
    try {
        return parse();
    }
    catch (e) {
        const x = e;
        if (x?.name !== 'YAMLException')
            throw e;
        const line = typeof x.mark?.line === 'number' ? x.mark.line + 1 : undefined;
        throw new YamlSyntaxError(x.reason || String(x.message).split('\n')[0] || 'not valid YAML', line);
    }
}
/** One YAML document; duplicate keys are an error, at most 100 aliases. Empty text gives `null`. */
function parseYaml(text) {
    if (text.trim() === '')
        return null;
    return wrap(() => js_yaml_load(text, { schema: js_yaml_CORE_SCHEMA, maxAliases: 100 }));
}
/** CloudFormation's short-form tags become their long form: `!Ref X` → `{ Ref: X }`, `!Sub s` → `{ 'Fn::Sub': s }`. */
function longForm(data, tag) {
    const name = tag.replace(/^!/, '');
    return { [name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`]: data };
}
const never = () => false;
let templateSchema;
/**
 * A CloudFormation template in YAML (or JSON, which is YAML): any local tag (`!Ref`, `!Sub`, `!GetAtt`, a
 * future one) is accepted and turned into its long form; duplicate keys are left for CloudFormation to
 * judge (the last value is kept here); at most 10,000 aliases (a template is at most 1 MB).
 */
function parseTemplateYaml(text) {
    templateSchema ??= CORE_SCHEMA.withTags(defineScalarTag('!', {
        matchByTagPrefix: true,
        resolve: (source, _explicit, tag) => longForm(source, tag),
        identify: never,
    }), defineSequenceTag('!', {
        matchByTagPrefix: true,
        create: (tag) => ({ tag, items: [] }),
        addItem: (c, item) => {
            c.items.push(item);
        },
        finalize: (c) => longForm(c.items, c.tag),
        identify: never,
    }), defineMappingTag('!', {
        matchByTagPrefix: true,
        create: (tag) => ({ tag, map: {} }),
        addPair: (c, key, value) => {
            c.map[String(key)] = value;
            return '';
        },
        has: (c, key) => Object.hasOwn(c.map, String(key)),
        keys: (r) => Object.keys(r),
        get: (r, key) => r[String(key)],
        finalize: (c) => longForm(c.map, c.tag),
        identify: never,
    }));
    const schema = templateSchema;
    if (text.trim() === '')
        return null;
    return wrap(() => load(text, { schema, json: true, maxAliases: 10_000 }));
}

// EXTERNAL MODULE: ../../packages/shared/src/action/errors.ts
var errors = __nccwpck_require__(3189);
// EXTERNAL MODULE: ../../packages/shared/src/action/inputs.ts + 1 modules
var action_inputs = __nccwpck_require__(4813);
;// CONCATENATED MODULE: ./src/risk.ts
/**
 * Changes a reviewer must not miss, found by rules that are data: resource type patterns → the actions they
 * watch → a predicate on the planned value. The built-in rules (risk-rules.ts) cover AWS, Azure and Google;
 * a `risk-rules` file adds rules or disables built-in ones.
 *
 * A rule with a predicate fires when the predicate holds for the planned (`after`) value and did not hold for
 * the prior (`before`) one — a port newly opened to the internet, not one that was already open. A rule
 * without a predicate fires on the action alone (deleting or replacing a database).
 *
 * Predicates only ever answer yes or no: values (sensitive ones included) are read, never rendered.
 */


const ACTIONS = ['create', 'update', 'delete', 'replace'];
const DEFAULT_ACTIONS = ['create', 'update', 'replace'];
function actionOf(c) {
    switch (c.kind) {
        case 'create':
            return 'create';
        case 'update':
            return 'update';
        case 'delete':
            return 'delete';
        case 'replace':
        case 'replace-cbd':
            return 'replace';
        default:
            return undefined;
    }
}
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** Every value at `path` under `v`. */
function valuesAt(v, path) {
    let cur = v === undefined ? [] : [v];
    for (const step of path === '' ? [] : path.split('.')) {
        const next = [];
        for (const x of cur) {
            if (step === '*') {
                if (Array.isArray(x))
                    next.push(...x);
                else if (isObj(x))
                    next.push(...Object.values(x));
            }
            else if (step === '[]') {
                if (Array.isArray(x))
                    next.push(...x);
                else if (x !== null)
                    next.push(x);
            }
            else if (step === '<json>') {
                if (typeof x === 'string')
                    try {
                        next.push(JSON.parse(x));
                    }
                    catch {
                        // not JSON: nothing there
                    }
            }
            else if (isObj(x) && Object.hasOwn(x, step))
                next.push(x[step]);
        }
        cur = next;
    }
    return cur;
}
function same(a, b) {
    return a === b || JSON.stringify(a) === JSON.stringify(b);
}
function holds(p, v) {
    if ('all' in p)
        return p.all.every((q) => holds(q, v));
    if ('any' in p)
        return p.any.some((q) => holds(q, v));
    if ('not' in p)
        return !holds(p.not, v);
    if ('each' in p)
        return valuesAt(v, p.each).some((x) => holds(p.where, x));
    const found = valuesAt(v, p.path);
    if ('exists' in p)
        return found.some((x) => x !== null) === p.exists;
    if ('equals' in p)
        return found.some((x) => same(x, p.equals));
    return found.some((x) => p.in.some((y) => same(x, y)));
}
const WHOLE = '\u0000the value';
/**
 * What makes a predicate hold: the matching elements of an `each` (so a second port opened to the internet
 * is new even when another already was), else the value as a whole.
 */
function witnesses(p, v) {
    if ('each' in p)
        return valuesAt(v, p.each).filter((x) => holds(p.where, x));
    if ('any' in p)
        return p.any.flatMap((q) => witnesses(q, v));
    return holds(p, v) ? [WHOLE] : [];
}
const typeRegex = new Map();
function typeMatches(pattern, type) {
    let re = typeRegex.get(pattern);
    if (!re) {
        re = new RegExp(`^${pattern
            .split('*')
            .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
            .join('.*')}$`);
        typeRegex.set(pattern, re);
    }
    return re.test(type);
}
/** The risks in a plan's changes, in plan order, one per rule and resource. */
function findRisks(changes, rules) {
    const out = [];
    // the rules that apply to a type, worked out once per type (plans repeat a few types many times)
    const byType = new Map();
    for (const c of changes) {
        const action = actionOf(c);
        const type = c.raw.type;
        if (!action || !type || (c.raw.mode ?? 'managed') !== 'managed')
            continue;
        let forType = byType.get(type);
        if (!forType)
            byType.set(type, (forType = rules.filter((r) => r.types.some((t) => typeMatches(t, type)))));
        for (const r of forType) {
            if (!(r.actions ?? DEFAULT_ACTIONS).includes(action))
                continue;
            if (r.when) {
                const after = witnesses(r.when, c.raw.change?.after ?? undefined);
                if (after.length === 0)
                    continue;
                const before = action === 'create' ? [] : witnesses(r.when, c.raw.change?.before ?? undefined);
                if (after.every((w) => before.some((x) => same(w, x))))
                    continue;
            }
            out.push({ ruleId: r.id, title: r.title, address: c.address, action });
        }
    }
    return out;
}
function parseRiskRules(text, source) {
    let doc;
    try {
        doc = parseYaml(text);
    }
    catch (e) {
        throw new errors/* UserError */.yo(`${source} is not valid YAML or JSON: ${(0,errors/* describeThrown */.YI)(e)}`);
    }
    const problems = [];
    if (!isObj(doc)) {
        throw new errors/* UserError */.yo(`${source} must be a map with \`rules\` (a list) and/or \`disable\` (rule ids).`, {
            hint: 'See "Risk rules" in the terraform-plan README for the format.',
        });
    }
    for (const k of Object.keys(doc))
        if (k !== 'rules' && k !== 'disable')
            problems.push(`unknown key \`${k}\` (expected \`rules\`, \`disable\`)`);
    const rules = [];
    const rawRules = doc.rules ?? [];
    if (!Array.isArray(rawRules))
        problems.push('`rules` must be a list');
    else
        rawRules.forEach((r, i) => {
            const where = `rules[${i}]`;
            if (!isObj(r)) {
                problems.push(`${where} must be a map`);
                return;
            }
            const bad = (why) => problems.push(`${where}${typeof r.id === 'string' ? ` (${r.id})` : ''}: ${why}`);
            for (const k of Object.keys(r))
                if (!['id', 'title', 'types', 'actions', 'when'].includes(k))
                    bad(`unknown key \`${k}\``);
            if (typeof r.id !== 'string' || !/^[\w.-]{1,64}$/.test(r.id))
                bad('`id` must be a word (letters, digits, _ . -)');
            if (typeof r.title !== 'string' || r.title.trim() === '' || r.title.length > 120)
                bad('`title` must be text of at most 120 characters');
            if (!Array.isArray(r.types) ||
                r.types.length === 0 ||
                !r.types.every((t) => typeof t === 'string' && /^[\w*]+$/.test(t)))
                bad('`types` must be a list of resource type patterns like `aws_db_*`');
            if (r.actions !== undefined &&
                (!Array.isArray(r.actions) ||
                    r.actions.length === 0 ||
                    !r.actions.every((a) => ACTIONS.includes(a))))
                bad(`\`actions\` must be a list of: ${ACTIONS.join(', ')}`);
            if (r.when !== undefined) {
                const why = predicateProblem(r.when);
                if (why)
                    bad(`\`when\`: ${why}`);
            }
            rules.push(r);
        });
    const disable = doc.disable ?? [];
    if (!Array.isArray(disable) || !disable.every((d) => typeof d === 'string'))
        problems.push('`disable` must be a list of rule ids');
    if (problems.length)
        throw new errors/* UserError */.yo(`${source} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((p) => `  - ${p}`).join('\n')}`, {
            hint: 'See "Risk rules" in the terraform-plan README for the format.',
        });
    return { rules, disable: disable };
}
function predicateProblem(p) {
    if (!isObj(p))
        return 'a predicate must be a map';
    const keys = Object.keys(p).sort().join(',');
    const list = (x) => Array.isArray(x) && x.length > 0 ? x.map(predicateProblem).find((w) => w) : 'expected a non-empty list';
    switch (keys) {
        case 'all':
            return list(p.all);
        case 'any':
            return list(p.any);
        case 'not':
            return predicateProblem(p.not);
        case 'each,where':
            return typeof p.each === 'string' ? predicateProblem(p.where) : '`each` must be a path';
        case 'equals,path':
            return typeof p.path === 'string' ? undefined : '`path` must be text';
        case 'in,path':
            return typeof p.path === 'string' && Array.isArray(p.in)
                ? undefined
                : '`path` must be text and `in` a list';
        case 'exists,path':
            return typeof p.path === 'string' && typeof p.exists === 'boolean'
                ? undefined
                : '`path` must be text and `exists` true or false';
        default:
            return `unknown predicate {${keys}} (use path+equals, path+in, path+exists, each+where, all, any or not)`;
    }
}
/** The rules in effect: built-in ones not disabled, then the file's own. */
function effectiveRules(builtIn, file, source = 'risk-rules') {
    if (!file)
        return [...builtIn];
    const off = new Set(file.disable);
    const unknown = file.disable.filter((id) => !builtIn.some((r) => r.id === id));
    if (unknown.length)
        throw new errors/* UserError */.yo(`${source}: \`disable\` names no built-in rule: ${unknown.join(', ')}.`, {
            hint: `The built-in rules are: ${builtIn.map((r) => r.id).join(', ')}.`,
        });
    return [...builtIn.filter((r) => !off.has(r.id)), ...file.rules];
}

;// CONCATENATED MODULE: ./src/risk-rules.ts
const ANYWHERE_V4 = '0.0.0.0/0';
const ANYWHERE_V6 = '::/0';
/** What Azure accepts for "any source/destination". */
const AZURE_ANY = ['*', ANYWHERE_V4, ANYWHERE_V6, 'Internet', 'Any'];
const PUBLIC_MEMBERS = ['allUsers', 'allAuthenticatedUsers'];
const awsSgBlock = (block) => ({
    each: `${block}.*`,
    where: {
        any: [
            { path: 'cidr_blocks.*', equals: ANYWHERE_V4 },
            { path: 'ipv6_cidr_blocks.*', equals: ANYWHERE_V6 },
        ],
    },
});
const awsSgRule = (type) => ({
    all: [
        { path: 'type', equals: type },
        {
            any: [
                { path: 'cidr_blocks.*', equals: ANYWHERE_V4 },
                { path: 'ipv6_cidr_blocks.*', equals: ANYWHERE_V6 },
            ],
        },
    ],
});
const awsVpcRule = {
    any: [
        { path: 'cidr_ipv4', equals: ANYWHERE_V4 },
        { path: 'cidr_ipv6', equals: ANYWHERE_V6 },
    ],
};
const azureRule = (direction) => {
    const side = direction === 'Inbound' ? 'source' : 'destination';
    return {
        all: [
            { path: 'direction', equals: direction },
            { path: 'access', equals: 'Allow' },
            {
                any: [
                    { path: `${side}_address_prefix`, in: AZURE_ANY },
                    { path: `${side}_address_prefixes.*`, in: AZURE_ANY },
                ],
            },
        ],
    };
};
const gcpFirewall = (direction) => ({
    all: [
        // `direction` defaults to INGRESS
        direction === 'INGRESS'
            ? { not: { path: 'direction', equals: 'EGRESS' } }
            : { path: 'direction', equals: 'EGRESS' },
        {
            path: direction === 'INGRESS' ? 'source_ranges.*' : 'destination_ranges.*',
            in: [ANYWHERE_V4, ANYWHERE_V6],
        },
        { path: 'allow.*', exists: true },
        { not: { path: 'disabled', equals: true } },
    ],
});
/** An IAM policy document (a JSON string at `policy`, or in aws_iam_role's `inline_policy` blocks). */
const iamStatement = (where) => ({
    any: [
        { each: 'policy.<json>.Statement.[]', where },
        { each: 'inline_policy.*.policy.<json>.Statement.[]', where },
    ],
});
const allowing = (field) => ({
    all: [
        { path: 'Effect', equals: 'Allow' },
        { path: `${field}.[]`, equals: '*' },
    ],
});
const AWS_POLICIES = [
    'aws_iam_policy',
    'aws_iam_role_policy',
    'aws_iam_user_policy',
    'aws_iam_group_policy',
    'aws_iam_role',
    'aws_s3_bucket_policy',
];
const STATEFUL_TYPES = [
    // AWS: databases, buckets, volumes, file systems, keys, DNS zones
    'aws_db_instance',
    'aws_rds_cluster',
    'aws_rds_cluster_instance',
    'aws_dynamodb_table',
    'aws_docdb_cluster',
    'aws_neptune_cluster',
    'aws_redshift_cluster',
    'aws_elasticache_cluster',
    'aws_elasticache_replication_group',
    'aws_opensearch_domain',
    'aws_s3_bucket',
    'aws_ebs_volume',
    'aws_efs_file_system',
    'aws_fsx_*_file_system',
    'aws_kms_key',
    'aws_route53_zone',
    'aws_secretsmanager_secret',
    // Azure
    'azurerm_mssql_database',
    'azurerm_mssql_server',
    'azurerm_sql_database',
    'azurerm_postgresql_server',
    'azurerm_postgresql_flexible_server',
    'azurerm_mysql_server',
    'azurerm_mysql_flexible_server',
    'azurerm_cosmosdb_account',
    'azurerm_redis_cache',
    'azurerm_storage_account',
    'azurerm_storage_container',
    'azurerm_managed_disk',
    'azurerm_storage_share',
    'azurerm_key_vault',
    'azurerm_key_vault_key',
    'azurerm_dns_zone',
    'azurerm_private_dns_zone',
    // Google
    'google_sql_database_instance',
    'google_sql_database',
    'google_spanner_instance',
    'google_spanner_database',
    'google_bigtable_instance',
    'google_bigquery_dataset',
    'google_bigquery_table',
    'google_firestore_database',
    'google_redis_instance',
    'google_storage_bucket',
    'google_compute_disk',
    'google_filestore_instance',
    'google_kms_crypto_key',
    'google_kms_key_ring',
    'google_dns_managed_zone',
];
const BUILT_IN_RULES = [
    {
        id: 'ingress-open',
        title: 'Ingress opened to the internet (0.0.0.0/0 or ::/0)',
        types: [
            'aws_security_group',
            'aws_security_group_rule',
            'aws_vpc_security_group_ingress_rule',
            'azurerm_network_security_group',
            'azurerm_network_security_rule',
            'google_compute_firewall',
        ],
        when: {
            any: [
                awsSgBlock('ingress'),
                awsSgRule('ingress'),
                awsVpcRule,
                { each: 'security_rule.*', where: azureRule('Inbound') },
                azureRule('Inbound'),
                gcpFirewall('INGRESS'),
            ],
        },
    },
    {
        id: 'egress-open',
        title: 'Egress opened to the internet (0.0.0.0/0 or ::/0)',
        types: [
            'aws_security_group',
            'aws_security_group_rule',
            'aws_vpc_security_group_egress_rule',
            'azurerm_network_security_group',
            'azurerm_network_security_rule',
            'google_compute_firewall',
        ],
        when: {
            any: [
                awsSgBlock('egress'),
                awsSgRule('egress'),
                awsVpcRule,
                { each: 'security_rule.*', where: azureRule('Outbound') },
                azureRule('Outbound'),
                gcpFirewall('EGRESS'),
            ],
        },
    },
    {
        id: 'iam-action-star',
        title: 'IAM statement allows every action (Action "*")',
        types: AWS_POLICIES,
        when: iamStatement(allowing('Action')),
    },
    {
        id: 'iam-resource-star',
        title: 'IAM statement applies to every resource (Resource "*")',
        types: AWS_POLICIES,
        when: iamStatement(allowing('Resource')),
    },
    {
        id: 'azure-role-all-actions',
        title: 'Role definition allows every action ("*")',
        types: ['azurerm_role_definition'],
        when: { each: 'permissions.*', where: { path: 'actions.*', equals: '*' } },
    },
    {
        id: 'gcp-basic-role',
        title: 'Owner or Editor (basic role) granted',
        types: ['google_project_iam_*', 'google_folder_iam_*', 'google_organization_iam_*'],
        when: { path: 'role', in: ['roles/owner', 'roles/editor'] },
    },
    {
        id: 'bucket-public-acl',
        title: 'Bucket made public by its ACL',
        types: ['aws_s3_bucket', 'aws_s3_bucket_acl'],
        when: {
            any: [
                { path: 'acl', in: ['public-read', 'public-read-write', 'authenticated-read'] },
                {
                    each: 'access_control_policy.*.grant.*.grantee.*',
                    where: {
                        path: 'uri',
                        in: [
                            'http://acs.amazonaws.com/groups/global/AllUsers',
                            'http://acs.amazonaws.com/groups/global/AuthenticatedUsers',
                        ],
                    },
                },
            ],
        },
    },
    {
        id: 'bucket-public-policy',
        title: 'Bucket policy allows anyone (Principal "*")',
        types: ['aws_s3_bucket_policy'],
        when: {
            each: 'policy.<json>.Statement.[]',
            where: {
                all: [
                    { path: 'Effect', equals: 'Allow' },
                    {
                        any: [
                            { path: 'Principal', equals: '*' },
                            { path: 'Principal.AWS.[]', equals: '*' },
                        ],
                    },
                ],
            },
        },
    },
    {
        id: 'public-access-block-removed',
        title: 'Public access block removed',
        types: ['aws_s3_bucket_public_access_block', 'aws_s3_account_public_access_block'],
        actions: ['delete'],
    },
    {
        id: 'public-access-block-weakened',
        title: 'Public access block turned off',
        types: ['aws_s3_bucket_public_access_block', 'aws_s3_account_public_access_block'],
        when: {
            any: [
                { path: 'block_public_acls', equals: false },
                { path: 'block_public_policy', equals: false },
                { path: 'ignore_public_acls', equals: false },
                { path: 'restrict_public_buckets', equals: false },
            ],
        },
    },
    {
        id: 'storage-public-access',
        title: 'Storage account or container allows public (anonymous) access',
        types: ['azurerm_storage_account', 'azurerm_storage_container'],
        when: {
            any: [
                { path: 'allow_nested_items_to_be_public', equals: true },
                { path: 'allow_blob_public_access', equals: true },
                { path: 'container_access_type', in: ['blob', 'container'] },
            ],
        },
    },
    {
        id: 'bucket-public-member',
        title: 'Bucket granted to allUsers or allAuthenticatedUsers',
        types: [
            'google_storage_bucket_iam_member',
            'google_storage_bucket_iam_binding',
            'google_storage_bucket_access_control',
        ],
        when: {
            any: [
                { path: 'member', in: PUBLIC_MEMBERS },
                { path: 'members.*', in: PUBLIC_MEMBERS },
                { path: 'entity', in: PUBLIC_MEMBERS },
            ],
        },
    },
    {
        id: 'bucket-public-prevention-off',
        title: 'Bucket public access prevention turned off',
        types: ['google_storage_bucket'],
        actions: ['update', 'replace'],
        when: { path: 'public_access_prevention', equals: 'inherited' },
    },
    {
        id: 'stateful-destroyed',
        title: 'Stateful resource destroyed or replaced: its data is lost unless backed up',
        types: STATEFUL_TYPES,
        actions: ['delete', 'replace'],
    },
];

;// CONCATENATED MODULE: ./src/config.ts
/**
 * terraform-plan's inputs: the spec that action.yml declares, the checks across inputs, and the typed config
 * (risk rules read, paths confined, the report's key and folder) made before anything touches Terraform or
 * GitHub.
 */






const spec = {
    path: { type: 'path', default: '.', mustExist: 'dir' },
    workspace: {
        type: 'string',
        pattern: /^[\w.-]{1,90}$/,
        patternHint: 'a workspace name: letters, digits, `_`, `-`, `.`',
    },
    init: { type: 'boolean', default: true },
    'backend-config': { type: 'list', commas: false },
    'var-files': { type: 'list' },
    variables: { type: 'map', yaml: parseYaml },
    'terraform-binary': { type: 'string', default: 'terraform' },
    mode: { type: 'enum', values: ['normal', 'destroy', 'refresh-only'], default: 'normal' },
    // Like every path input: inside the workspace or RUNNER_TEMP after symlinks (our own outputs chain).
    'plan-file': { type: 'path', mustExist: 'file' },
    'plan-json': { type: 'path', mustExist: 'file' },
    'risk-rules': { type: 'path', mustExist: 'file' },
    comment: { type: 'enum', values: ['always', 'on-change', 'never'], default: 'always' },
    label: {
        type: 'string',
        pattern: /^[^\n<>]{1,64}$/,
        patternHint: 'at most 64 characters, no newlines or < >',
    },
    minimize: { type: 'boolean', default: false },
    labels: { type: 'boolean', default: false },
    'mask-patterns': { type: 'list', commas: false },
    'mask-env': { type: 'list' },
    'show-values': { type: 'boolean', default: true },
    'hash-salt': { type: 'string', secret: true },
    'hash-key': { type: 'string', secret: true },
    'github-token': { type: 'string', secret: true },
    'pr-number': { type: 'integer', min: 1 },
    timeout: { type: 'duration', default: '30m', minMs: 1000 },
};
function crossCheck(i) {
    const problems = [];
    if (i.planFile && i.planJson)
        problems.push('give `plan-file` or `plan-json`, not both.');
    for (const p of i.maskPatterns ?? []) {
        try {
            new RegExp(p);
        }
        catch (e) {
            problems.push(`\`mask-patterns\`: "${p}" is not a valid regular expression (${(0,errors/* describeThrown */.YI)(e)}).`);
        }
    }
    for (const n of i.maskEnv ?? [])
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(n))
            problems.push(`\`mask-env\`: "${n}" is not an environment variable name.`);
    for (const k of Object.keys(i.variables ?? {}))
        if (!/^[A-Za-z_][\w-]*$/.test(k))
            problems.push(`\`variables\`: "${k}" is not a Terraform variable name.`);
    if (i.planJson &&
        (i.mode !== 'normal' || (i.varFiles ?? []).length || Object.keys(i.variables ?? {}).length))
        problems.push('`plan-json` reads an existing plan: `mode`, `var-files` and `variables` do not apply.');
    return problems;
}
function buildConfig(inputs, ctx, env) {
    const rules = effectiveRules(BUILT_IN_RULES, inputs.riskRules ? parseRiskRules((0,external_node_fs_.readFileSync)(inputs.riskRules, 'utf8'), inputs.riskRules) : undefined, inputs.riskRules);
    const root = external_node_path_default().resolve(ctx.workspace, inputs.path);
    // Var files are relative to `path` (terraform runs there), confined like every path input.
    const varFileProblems = (inputs.varFiles ?? []).flatMap((f) => {
        try {
            (0,action_inputs/* resolveConfined */.Fz)(f, { workspace: ctx.workspace, temp: env.RUNNER_TEMP, base: root }, 'file');
            return [];
        }
        catch (e) {
            return [`\`var-files\`: ${(0,errors/* describeThrown */.YI)(e)}`];
        }
    });
    if (varFileProblems.length)
        throw new errors/* InputError */.dz(varFileProblems);
    const relPath = external_node_path_default().relative(ctx.workspace, root) || '.';
    const workspace = inputs.workspace ?? env.TF_WORKSPACE ?? 'default';
    const key = `${relPath}:${workspace}${inputs.label ? `:${inputs.label}` : ''}`;
    const outDir = external_node_path_default().join(env.RUNNER_TEMP ?? external_node_path_default().join(ctx.workspace, '.terraform-plan'), 'pipewright-terraform-plan', key.replace(/[^\w.-]+/g, '_'));
    return {
        inputs,
        rules,
        root,
        relPath,
        workspace,
        key,
        outDir,
        salt: inputs.hashSalt ?? `${ctx.owner}/${ctx.repo}:${key}`,
        runUrl: ctx.runId !== '0' ? `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}` : undefined,
    };
}

;// CONCATENATED MODULE: ./src/classify.ts
function kindOf(actions) {
    switch ((actions ?? []).join(',')) {
        case 'no-op':
            return 'no-op';
        case 'create':
            return 'create';
        case 'read':
            return 'read';
        case 'update':
            return 'update';
        case 'delete':
            return 'delete';
        case 'delete,create':
            return 'replace';
        case 'create,delete':
            return 'replace-cbd';
        case 'forget':
            return 'forget';
        case 'create,forget':
        case 'forget,create':
            return 'replace-forget';
        default:
            return 'other';
    }
}
/** Destroys something: `delete` anywhere in the array (the arrays were designed for that check). */
function isDestroy(actions) {
    return (actions ?? []).includes('delete');
}
/** Entries the CLI does not show: pure no-ops, `delete` of non-managed modes (data source clean-up), ephemeral. */
function isShown(c) {
    const kind = kindOf(c.change?.actions);
    const mode = c.mode ?? 'managed';
    // OpenTofu's ephemeral resources never reach the state.
    if (mode === 'ephemeral')
        return false;
    if (kind === 'no-op')
        return Boolean(c.previous_address) || Boolean(c.change?.importing);
    if (kind === 'delete' && mode !== 'managed')
        return false;
    return true;
}
function classify(c) {
    const kind = kindOf(c.change?.actions);
    const importing = c.change?.importing != null;
    return {
        raw: c,
        address: c.address ?? '(unknown address)',
        kind,
        movedFrom: c.previous_address && c.previous_address !== c.address ? c.previous_address : undefined,
        importing,
        importId: importing ? (c.change?.importing?.id ?? undefined) : undefined,
        deposed: c.deposed,
        reason: reasonText(c, kind),
    };
}
const pathText = (p) => p.reduce((acc, step) => (typeof step === 'number' ? `${acc}[${step}]` : acc ? `${acc}.${step}` : step), '');
function formatPath(p) {
    return pathText(p);
}
/** `action_reason` and `replace_paths` in words (unknown reasons are treated as none). */
function reasonText(c, kind = kindOf(c.change?.actions)) {
    const paths = (c.change?.replace_paths ?? []).map(pathText).filter((p) => p !== '');
    switch (c.action_reason) {
        case 'replace_because_cannot_update':
            return paths.length
                ? `replaced because ${paths.map((p) => `\`${p}\``).join(', ')} cannot be updated in place`
                : 'replaced because an attribute cannot be updated in place';
        case 'replace_because_tainted':
            return 'replaced because it is tainted';
        case 'replace_by_request':
            return 'replaced as requested (`-replace`)';
        case 'replace_by_triggers':
            return 'replaced because of `replace_triggered_by`';
        case 'delete_because_no_resource_config':
            return kind === 'forget'
                ? 'removed from the state by a `removed` block; the object itself is kept'
                : 'destroyed because it is no longer in the configuration';
        case 'delete_because_wrong_repetition':
            return 'destroyed because `count`/`for_each` was added or removed';
        case 'delete_because_count_index':
            return 'destroyed because its index is out of range for `count`';
        case 'delete_because_each_key':
            return 'destroyed because its key is no longer in `for_each`';
        case 'delete_because_no_module':
            return 'destroyed because its module is no longer in the configuration';
        case 'delete_because_no_move_target':
            return 'destroyed because its `moved` target does not exist';
        case 'read_because_config_unknown':
            return 'read during apply because its configuration depends on values not yet known';
        case 'read_because_dependency_pending':
            return 'read during apply because it depends on pending changes';
        case 'read_because_check_nested':
            return 'read during apply because a `check` block needs it';
    }
    if (c.deposed)
        return `deposed object \`${c.deposed}\` left over from a failed create-before-destroy`;
    if (kind === 'forget')
        return 'removed from the state; the object itself is kept';
    if (kind === 'replace-forget')
        return 'a new object replaces it; the old one is removed from the state, not destroyed';
    if (paths.length)
        return `replaced because ${paths.map((p) => `\`${p}\``).join(', ')} cannot be updated in place`;
    return undefined;
}
function emptyCounts() {
    return {
        import: 0,
        add: 0,
        change: 0,
        destroy: 0,
        replace: 0,
        move: 0,
        forget: 0,
        read: 0,
        outputs: 0,
        drift: 0,
        other: 0,
        invoke: 0,
    };
}
/** Adds one resource change to the counts with the CLI's rules. */
function countChange(counts, c) {
    if (c.importing)
        counts.import++;
    if (c.movedFrom)
        counts.move++;
    const managed = (c.raw.mode ?? 'managed') === 'managed';
    switch (c.kind) {
        case 'create':
            counts.add++;
            break;
        case 'update':
            counts.change++;
            break;
        case 'delete':
            if (managed)
                counts.destroy++;
            break;
        case 'replace':
        case 'replace-cbd':
            counts.add++;
            counts.destroy++;
            counts.replace++;
            break;
        case 'replace-forget':
            counts.add++;
            counts.replace++;
            counts.forget++;
            break;
        case 'forget':
            counts.forget++;
            break;
        case 'read':
            counts.read++;
            break;
        case 'other':
            counts.other++;
            break;
        case 'no-op':
            break;
    }
}
/** `Plan: [N to import, ]A to add, C to change, D to destroy.` exactly as Terraform prints it. */
function planLine(c) {
    const imp = c.import ? `${c.import} to import, ` : '';
    const invoke = c.invoke ? ` Actions: ${c.invoke} to invoke.` : '';
    return `Plan: ${imp}${c.add} to add, ${c.change} to change, ${c.destroy} to destroy.${invoke}`;
}
function hasResourceChanges(c) {
    return c.import + c.add + c.change + c.destroy + c.move + c.forget + c.other + c.invoke > 0;
}
function classifyAll(plan) {
    const counts = emptyCounts();
    const changes = [];
    for (const rc of plan.resource_changes ?? []) {
        if (!isShown(rc))
            continue;
        const c = classify(rc);
        countChange(counts, c);
        changes.push(c);
    }
    counts.invoke = plan.action_invocations?.length ?? 0;
    for (const oc of Object.values(plan.output_changes ?? {})) {
        const k = kindOf(oc.actions);
        if (k !== 'no-op')
            counts.outputs++;
    }
    return { changes, counts };
}

;// CONCATENATED MODULE: ./src/values.ts
const SENSITIVE = '(sensitive value)';
const UNKNOWN = '(known after apply)';
const MASKED = '(masked)';
const NO_MASKING = { patterns: [], literals: [], onSecret: () => { } };
const values_isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** The sub-mask at a key: `true` propagates to the whole subtree. */
function sub(mask, key) {
    if (mask === true)
        return true;
    if (mask === null || typeof mask !== 'object')
        return undefined;
    return (mask[key] ?? (Array.isArray(mask) ? mask[key] : undefined));
}
function equal(a, b) {
    if (a === b)
        return true;
    if (a === null || b === null || a === undefined || b === undefined)
        return false;
    if (typeof a !== 'object' || typeof b !== 'object')
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a)) {
        const bb = b;
        return a.length === bb.length && a.every((x, i) => equal(x, bb[i]));
    }
    const ka = Object.keys(a);
    const bo = b;
    return ka.length === Object.keys(bo).length && ka.every((k) => equal(a[k], bo[k]));
}
/** Every scalar inside a value, as text, for registering hidden values with the runner's masker. */
function scalars(v, out = []) {
    if (v === null || v === undefined)
        return out;
    if (typeof v === 'object') {
        for (const x of Array.isArray(v) ? v : Object.values(v))
            scalars(x, out);
    }
    else if (typeof v === 'string' ? v.length > 0 : true)
        out.push(String(v));
    return out;
}
const MAX_VALUE = 200;
/** The only place a value becomes text. `sensitive` is the mask at this value (true = hidden). */
function leafText(v, sensitive, masking) {
    if (sensitive === true || (sensitive !== undefined && sensitive !== false && containsTrue(sensitive))) {
        for (const s of scalars(v))
            masking.onSecret(s);
        return SENSITIVE;
    }
    const text = JSON.stringify(v ?? null);
    if (userMasked(v, text, masking)) {
        for (const s of scalars(v))
            masking.onSecret(s);
        return MASKED;
    }
    return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
}
function containsTrue(mask) {
    if (mask === true)
        return true;
    if (mask === null || typeof mask !== 'object')
        return false;
    // Loops rather than Object.values(…).some(…): no array and no callback per node (the plan hash and the
    // diff ask this of every sensitive mask).
    if (Array.isArray(mask)) {
        for (let i = 0; i < mask.length; i++)
            if (containsTrue(mask[i]))
                return true;
        return false;
    }
    for (const k in mask)
        if (Object.hasOwn(mask, k) && containsTrue(mask[k]))
            return true;
    return false;
}
function userMasked(v, text, m) {
    if (m.patterns.length === 0 && m.literals.length === 0)
        return false;
    const leaves = scalars(v);
    return (m.literals.some((l) => l !== '' && text.includes(l)) ||
        m.patterns.some((p) => leaves.some((s) => p.test(s)) || p.test(text)));
}
/**
 * The changed leaves of a change, unchanged ones left out. Objects and lists are walked; a sensitive or
 * unknown subtree is one leaf. Create: every non-null planned value. Delete: nothing (the address says it).
 */
function diffAttributes(change, masking) {
    // One path stack for the whole walk, copied only when a leaf is pushed: most nodes produce no line, and
    // allocating a path per visited node was the bulk of the work (and of the GC) on large plans. The walk is
    // module-level (not a closure per call), so V8 gathers type feedback and optimises it early in a run.
    const out = [];
    const st = {
        path: [],
        masking,
        emit: (path, op, before, after) => out.push(op === '+'
            ? { path: path.slice(), op, after: after }
            : op === '-'
                ? { path: path.slice(), op, before: before }
                : { path: path.slice(), op, before: before, after: after }),
    };
    walk(st, change.before, change.after, change.before_sensitive, change.after_sensitive, change.after_unknown);
    return out;
}
/**
 * The same as diffLines(diffAttributes(change, masking)), without the intermediate diff objects and path
 * copies: the job summary renders this for every resource that fits at full detail.
 */
function diffText(change, masking) {
    const lines = [];
    const st = {
        path: [],
        masking,
        emit: (path, op, before, after) => lines.push(diffLine(pathString(path), op, before, after)),
    };
    walk(st, change.before, change.after, change.before_sensitive, change.after_sensitive, change.after_unknown);
    return lines;
}
function walk(st, before, after, bs, as, unknown) {
    const hasBefore = before !== null && before !== undefined;
    if (unknown === true) {
        if (hasBefore)
            st.emit(st.path, '~', leafText(before, bs, st.masking), UNKNOWN);
        else
            st.emit(st.path, '+', undefined, UNKNOWN);
        return;
    }
    const hasAfter = after !== null && after !== undefined;
    if (bs === true || as === true) {
        const unknownInside = unknown !== undefined && unknown !== false && containsTrue(unknown);
        if (!unknownInside && equal(before, after)) {
            // unchanged secret: still register it, never show it
            leafText(before, true, st.masking);
            return;
        }
        push(st, before, after, bs, as);
        return;
    }
    const objBefore = values_isObj(before);
    const objAfter = values_isObj(after);
    if ((objBefore || !hasBefore) && (objAfter || !hasAfter) && (objBefore || objAfter)) {
        for (const k of unionKeys(before, after, unknown)) {
            st.path.push(k);
            walk(st, before?.[k], after?.[k], sub(bs, k), sub(as, k), sub(unknown, k));
            st.path.pop();
        }
        return;
    }
    const arrBefore = Array.isArray(before);
    const arrAfter = Array.isArray(after);
    if ((arrBefore || !hasBefore) && (arrAfter || !hasAfter) && (arrBefore || arrAfter)) {
        const b = before ?? [];
        const a = after ?? [];
        const u = Array.isArray(unknown) ? unknown : [];
        const n = Math.max(b.length, a.length, u.length);
        for (let i = 0; i < n; i++) {
            st.path.push(i);
            walk(st, b[i], a[i], sub(bs, i), sub(as, i), sub(unknown, i));
            st.path.pop();
        }
        return;
    }
    if (equal(before, after)) {
        if (bs !== undefined && bs !== false)
            leafText(before, bs, st.masking);
        return;
    }
    push(st, before, after, bs, as);
}
function push(st, before, after, bs, as) {
    const hasBefore = before !== null && before !== undefined;
    const hasAfter = after !== null && after !== undefined;
    if (!hasBefore && !hasAfter)
        return;
    if (!hasAfter) {
        st.emit(st.path, '-', leafText(before, bs, st.masking), undefined);
    }
    else if (!hasBefore) {
        st.emit(st.path, '+', undefined, leafText(after, as, st.masking));
    }
    else {
        const b = leafText(before, bs, st.masking);
        st.emit(st.path, '~', b, leafText(after, as, st.masking));
    }
}
/** The keys of before, after and (when an object) unknown, each once, sorted. */
function unionKeys(before, after, unknown) {
    const b = values_isObj(before) ? before : undefined;
    const a = values_isObj(after) ? after : undefined;
    const keys = b ? Object.keys(b) : [];
    if (a)
        for (const k of Object.keys(a))
            if (!(b && Object.hasOwn(b, k)))
                keys.push(k);
    if (values_isObj(unknown))
        for (const k of Object.keys(unknown))
            if (!(b && Object.hasOwn(b, k)) && !(a && Object.hasOwn(a, k)))
                keys.push(k);
    // Terraform writes attributes sorted, so this is usually already in order: check before sorting.
    for (let i = 1; i < keys.length; i++)
        if (keys[i - 1] > keys[i])
            return keys.sort();
    return keys;
}
const PLAIN_STEP = /^[\w-]+$/;
function pathString(path) {
    let s = '';
    for (const step of path) {
        if (typeof step === 'number')
            s += `[${step}]`;
        else if (!PLAIN_STEP.test(step))
            s += `[${JSON.stringify(step)}]`;
        else
            s += s ? `.${step}` : step;
    }
    return s || '(value)';
}
/** One line per changed leaf, for a ```diff block. */
function diffLines(diffs) {
    return diffs.map((d) => diffLine(pathString(d.path), d.op, d.before, d.after));
}
function diffLine(p, op, before, after) {
    if (op === '+')
        return `+ ${p} = ${after}`;
    if (op === '-')
        return `- ${p} = ${before}`;
    return `~ ${p} = ${before} -> ${after}`;
}
/** The names of the top-level attributes a diff touches. */
function changedNames(diffs) {
    return [...new Set(diffs.map((d) => (d.path.length ? String(d.path[0]) : '(value)')))];
}
/**
 * Drift is shown only on attribute paths listed in `relevant_attributes` for that resource, as the CLI does:
 * a diff leaf is kept when it lies under a relevant path or a relevant path lies under it.
 */
function filterRelevant(diffs, relevant) {
    const under = (a, b) => b.length <= a.length && b.every((s, i) => a[i] === s);
    return diffs.filter((d) => relevant.some((r) => under(d.path, r) || under(r, d.path)));
}
/**
 * The top-level attributes a change touches, without building its diff (the condensed level lists only these
 * names, so it stays cheap on very large plans). Same answer as changedNames(diffAttributes(change)).
 */
function changedTopLevel(change) {
    const before = change.before;
    const after = change.after;
    const unknown = change.after_unknown;
    if (!values_isObj(before) && !values_isObj(after)) {
        return unknown === true || (!equal(before, after) && (before != null || after != null))
            ? ['(value)']
            : [];
    }
    const b = values_isObj(before) ? before : {};
    const a = values_isObj(after) ? after : {};
    const u = values_isObj(unknown) ? unknown : {};
    const keys = new Set([...Object.keys(b), ...Object.keys(a), ...Object.keys(u)]);
    const out = [];
    for (const k of [...keys].sort()) {
        const uk = u[k];
        if (uk !== undefined && uk !== false && containsTrue(uk))
            out.push(k);
        else if ((b[k] != null || a[k] != null) && !equal(b[k], a[k]) && !(isEmpty(b[k]) && isEmpty(a[k])))
            out.push(k);
    }
    return out;
}
/** null, or an object/list with nothing but nulls inside: the walk shows no line for these. */
function isEmpty(v) {
    if (v === null || v === undefined)
        return true;
    if (typeof v !== 'object')
        return false;
    return (Array.isArray(v) ? v : Object.values(v)).every(isEmpty);
}

;// CONCATENATED MODULE: ./src/plan-summary.ts




const DESTRUCTIVE = new Set([
    'delete',
    'replace',
    'replace-cbd',
    'replace-forget',
    'forget',
]);
/** A refresh-only plan has drift and no resource changes (the JSON has no plan-mode field). */
function detectMode(plan, declared) {
    if (declared)
        return declared;
    if ((plan.resource_changes ?? []).length === 0 && (plan.resource_drift ?? []).length > 0)
        return 'refresh-only';
    return 'normal';
}
function summarize(plan, masking, opts = {}) {
    const { changes, counts } = classifyAll(plan);
    const mode = detectMode(plan, opts.mode);
    const outputs = [];
    for (const [name, change] of Object.entries(plan.output_changes ?? {})) {
        const kind = kindOf(change.actions);
        if (kind !== 'no-op')
            outputs.push({ name, kind, change });
    }
    const resourceChanges = hasResourceChanges(counts) || counts.read > 0;
    const drift = driftEntries(plan, mode, resourceChanges || outputs.length > 0, masking);
    counts.drift = drift.length;
    const checks = checkProblems(plan);
    const warnings = [];
    if (plan.errored)
        warnings.push('Planning stopped with an error: this plan is incomplete and cannot be applied.');
    if (plan.complete === false)
        warnings.push('This plan is incomplete (targeting or deferred changes): another plan/apply round will be needed.');
    if ((plan.deferred_changes ?? []).length)
        warnings.push(plan.deferred_changes?.length === 1
            ? '1 change was deferred to a later plan.'
            : `${plan.deferred_changes?.length} changes were deferred to a later plan.`);
    const hasChanges = resourceChanges || outputs.length > 0 || (mode === 'refresh-only' && drift.length > 0);
    return {
        index: opts.index,
        label: opts.label,
        terraformVersion: plan.terraform_version,
        formatVersion: plan.format_version,
        mode,
        changes,
        risks: findRisks(changes, opts.rules ?? BUILT_IN_RULES),
        destructive: changes.filter((c) => DESTRUCTIVE.has(c.kind) || (c.kind === 'other' && isDestroy(c.raw.change?.actions))),
        outputs,
        drift,
        checks,
        warnings,
        counts,
        errored: plan.errored === true,
        hasChanges,
        hasDestroy: counts.destroy > 0,
    };
}
/**
 * Drift as the CLI shows it: only when the plan has other changes or in refresh-only mode; outside
 * refresh-only, no-op entries are skipped and only attributes listed in `relevant_attributes` are shown.
 */
function driftEntries(plan, mode, otherChanges, masking) {
    const raw = plan.resource_drift ?? [];
    if (raw.length === 0)
        return [];
    const refreshOnly = mode === 'refresh-only';
    if (!refreshOnly && !otherChanges)
        return [];
    const relevant = new Map();
    const everywhere = [];
    for (const r of plan.relevant_attributes ?? []) {
        if (!r.attribute)
            continue;
        if (!r.resource)
            everywhere.push(r.attribute);
        else
            relevant.set(r.resource, [...(relevant.get(r.resource) ?? []), r.attribute]);
    }
    const out = [];
    for (const d of raw) {
        const kind = kindOf(d.change?.actions);
        const movedFrom = d.previous_address && d.previous_address !== d.address ? d.previous_address : undefined;
        if (!refreshOnly && kind === 'no-op')
            continue;
        let diffs = kind === 'delete' ? [] : diffAttributes(d.change ?? {}, masking);
        if (!refreshOnly) {
            const paths = [...everywhere, ...(relevant.get(d.address ?? '') ?? [])];
            if (paths.length === 0)
                continue;
            diffs = filterRelevant(diffs, paths);
            if (diffs.length === 0 && kind !== 'delete')
                continue;
        }
        if (refreshOnly && kind === 'no-op' && !movedFrom && diffs.length === 0)
            continue;
        out.push({ address: d.address ?? '(unknown address)', kind, movedFrom, diffs });
    }
    return out;
}
function checkProblems(plan) {
    const out = [];
    for (const c of plan.checks ?? []) {
        if (c.status === 'pass')
            continue;
        const failing = (c.instances ?? []).filter((i) => i.status !== 'pass');
        const messages = failing.flatMap((i) => (i.problems ?? []).map((p) => p.message ?? '')).filter((m) => m);
        out.push({
            address: c.address?.to_display ?? c.address?.name ?? '(check)',
            status: c.status ?? 'unknown',
            messages,
        });
    }
    return out;
}
/** Totals over several plans (NDJSON input). */
function totalCounts(plans) {
    const t = emptyCounts();
    for (const p of plans)
        for (const k of Object.keys(t))
            t[k] += p.counts[k];
    return t;
}
/** Registers the values of variables the configuration declares sensitive (they are never rendered anyway). */
function sensitiveVariableValues(plan) {
    const decl = plan.configuration?.root_module?.variables ?? {};
    return Object.entries(plan.variables ?? {})
        .filter(([name]) => decl[name]?.sensitive === true)
        .map(([, v]) => v.value ?? null);
}

;// CONCATENATED MODULE: ./src/outputs.ts

function setOutputs(out, r, summaryFile) {
    const { summaries, files } = r;
    if (!r.failure) {
        const t = totalCounts(summaries);
        out.set('has-changes', r.hasChanges);
        out.set('has-destroy', r.hasDestroy);
        for (const k of ['add', 'change', 'destroy', 'import', 'replace', 'move', 'forget', 'read'])
            out.set(`${k}-count`, t[k]);
        out.set('output-change-count', t.outputs);
        out.set('risk-count', summaries.reduce((n, s) => n + s.risks.length, 0));
        if (r.hash)
            out.set('plan-hash', r.hash);
    }
    out.set('summary-file', summaryFile);
    if (files.plan)
        out.set('plan-file', files.plan);
    if (files.json)
        out.set('json-plan-file', files.json);
    if (files.text)
        out.set('text-plan-file', files.text);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/plan-hash.ts
/**
 * A salted hash of what a plan would do, stable across re-plans of the same change, so a later apply step can
 * refuse a plan that differs from the reviewed one. It covers the shown resource changes (address,
 * previous_address, actions, *masked* before/after, replace_paths, importing) and the output changes; it
 * leaves out timestamp, variables, prior_state, drift and terraform_version. The salt keeps the hash from
 * being used to test guesses of other values.
 *
 * Sensitive values: a change to one alone must change the hash, yet `plan-hash` is public (PR comment, step
 * output), so it must not let a reader confirm a guessed secret. Each sensitive value stands as a placeholder
 * in the main hash, and the sensitive values, in plan order, enter only through HMAC-SHA256 under a key the
 * reader does not have: `hash-key`, a repository secret the apply job is given too. Without the key the
 * hash cannot be recomputed from a guess; with it, the apply job gets the same hash for the same plan.
 * Without a key the caller passes a one-off random key: the hash of a plan that has sensitive values then
 * differs on every run, so a gate refuses it rather than accept a secret changed after review.
 * A plan without sensitive values hashes exactly as before (no key involved).
 */



const plan_hash_SENSITIVE = '(sensitive)';
/**
 * The value with every sensitive subtree replaced by a placeholder. Only the paths that lead to a sensitive
 * leaf are copied; everything else is shared, so native JSON.stringify does the bulk of the work. Key order is
 * the plan's own: Terraform writes object attributes and map keys sorted, so a re-plan of the same change
 * serialises identically.
 */
function masked(v, sens, onSecret, sensitive = []) {
    if (sens === true)
        return secret(v, onSecret, sensitive);
    if (sens === null || sens === undefined || typeof sens !== 'object' || v === null || typeof v !== 'object')
        return v;
    return containsTrue(sens) ? maskedTree(v, sens, onSecret, sensitive) : v;
}
function secret(v, onSecret, sensitive) {
    for (const s of scalars(v))
        onSecret(s);
    sensitive.push(v ?? null);
    return plan_hash_SENSITIVE;
}
/** masked() of an object or list whose mask (an object or list) is known to hide something: each mask walked once. */
function maskedTree(v, sens, onSecret, sensitive) {
    // A child's mask: true (hide it), a mask that hides something inside (walk it), or nothing to hide.
    const child = (x, mk) => {
        if (mk === true)
            return secret(x, onSecret, sensitive);
        if (mk === null || mk === undefined || typeof mk !== 'object' || !containsTrue(mk))
            return x ?? null;
        return x === null || x === undefined || typeof x !== 'object'
            ? (x ?? null)
            : maskedTree(x, mk, onSecret, sensitive);
    };
    if (Array.isArray(v)) {
        const m = Array.isArray(sens) ? sens : undefined;
        return v.map((x, i) => child(x, m?.[i]));
    }
    const m = sens;
    if (Object.hasOwn(v, '__proto__')) {
        // (assigning __proto__ on a copy never creates the key; keep that, so existing hashes stay the same)
        const out = {};
        for (const k of Object.keys(v))
            out[k] = child(v[k], m[k]);
        return out;
    }
    // A shallow clone keeps the plan's key order; only keys whose mask hides something are replaced (other
    // keys' masked value is the value itself). Cloning is much cheaper than building the copy key by key.
    const out = { ...v };
    for (const k of Object.keys(v)) {
        const mk = m[k];
        if (mk === true || (mk !== null && typeof mk === 'object' && containsTrue(mk)))
            out[k] = child(v[k], mk);
    }
    return out;
}
/**
 * Feeds the hash in large chunks: one update per piece cost more than the hashing itself. Every piece ends
 * with `\0` or `]`, so the UTF-8 bytes (and the digest) are the same as updating piece by piece.
 */
class Feed {
    text = '';
    h;
    constructor(h) {
        this.h = h;
    }
    update(piece) {
        this.text += piece;
        if (this.text.length >= 1 << 16)
            this.flush();
    }
    flush() {
        if (this.text)
            this.h.update(this.text);
        this.text = '';
    }
}
function change(h, c, onSecret, sensitive) {
    h.update(JSON.stringify([
        c?.actions ?? [],
        masked(c?.before, c?.before_sensitive, onSecret, sensitive) ?? null,
        masked(c?.after, c?.after_sensitive, onSecret, sensitive) ?? null,
        c?.after_unknown ?? null,
        c?.replace_paths ?? [],
        c?.importing ? (c.importing.id ?? c.importing.identity ?? true) : null,
    ]));
}
/**
 * `sha256:<hex>` over the plans (several for NDJSON input), with the sensitive values keyed by `key` (see the
 * top of this file). Also reports every sensitive value it saw, so the caller registers them with the
 * runner's masker.
 */
function planHashDetails(plans, salt, key, onSecret = () => { }) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const h = new Feed(hash);
    const sensitive = [];
    h.update(`pipewright-terraform-plan-v1\0${salt}\0`);
    for (const plan of plans) {
        h.update('\0plan\0');
        for (const rc of plan.resource_changes ?? []) {
            if (!isShown(rc))
                continue;
            h.update(`\0rc\0${rc.address ?? ''}\0${rc.previous_address ?? ''}\0${rc.deposed ?? ''}\0`);
            change(h, rc.change, onSecret, sensitive);
        }
        if (plan.action_invocations?.length)
            h.update(`\0actions\0${JSON.stringify(plan.action_invocations)}`);
        const outputs = plan.output_changes ?? {};
        for (const name of Object.keys(outputs).sort()) {
            const oc = outputs[name];
            if ((oc?.actions ?? []).join(',') === 'no-op')
                continue;
            h.update(`\0out\0${name}\0`);
            change(h, oc, onSecret, sensitive);
        }
    }
    if (sensitive.length) {
        const keyed = (0,external_node_crypto_.createHmac)('sha256', key).update(JSON.stringify(sensitive)).digest('hex');
        h.update(`\0sensitive\0${keyed}`);
    }
    h.flush();
    return { hash: `sha256:${hash.digest('hex')}`, sensitive: sensitive.length };
}
/** `sha256:<hex>` of the plans; see planHashDetails. */
function planHash(plans, salt, onSecret = () => { }, key = randomBytes(32)) {
    return planHashDetails(plans, salt, key, onSecret).hash;
}

;// CONCATENATED MODULE: ./src/plan-json.ts
/**
 * The parts of Terraform's JSON plan (`terraform show -json`, internal/command/jsonplan) a summary reads.
 * Everything is optional: older format versions and OpenTofu leave keys out, and unknown values are tolerated.
 */

/** Accept format_version 0.x and 1.x (minor bumps are additive); refuse 2.x and later. */
function checkFormatVersion(plan, source) {
    const v = plan.format_version;
    if (typeof v !== 'string' || !/^\d+\.\d+/.test(v)) {
        throw new errors/* UserError */.yo(`${source} is not a Terraform JSON plan: it has no "format_version".`, {
            hint: 'Pass the output of `terraform show -json <planfile>` (not `terraform plan -json`, which is a log stream).',
        });
    }
    const major = Number(v.split('.')[0]);
    if (major >= 2) {
        throw new errors/* UserError */.yo(`${source} uses JSON plan format_version ${v}, which this version of pipewright does not understand (it reads 0.x and 1.x).`, {
            hint: 'Upgrade pipewright/terraform-plan, or produce the plan with a Terraform version whose format is 1.x.',
        });
    }
}
/**
 * Terragrunt's prefixes in front of each module's output line: `[module/dir] ` (TERRAGRUNT_INCLUDE_MODULE_PREFIX,
 * older releases) and `12:00:00.000 STDOUT [module/dir] terraform: ` (the log format of newer releases; without
 * the bracket when a single module runs).
 */
const PREFIXES = [
    /^\[(?<label>[^\]\n]+)\] (?=\{)/,
    /^(?:\S+ +)?STDOUT +(?:\[(?<label>[^\]\n]+)\] +)?[\w.-]+: (?=\{)/,
];
/**
 * Parses one plan object or several (NDJSON, as Terragrunt `--all` prints; each line may carry Terragrunt's
 * module prefix, which becomes the plan's label). Text before the first `{` (a wrapper's banner) is skipped.
 * Large plans: the caller drops the text right after this returns.
 */
function parsePlanSet(text, source) {
    if (text.trim() === '') {
        throw new errors/* UserError */.yo(`${source} is empty.`, {
            hint: 'The step that wrote it probably failed; `terraform show -json <planfile> > plan.json` writes the plan JSON.',
        });
    }
    const start = text.indexOf('{');
    if (start < 0)
        throw new errors/* UserError */.yo(`${source} is not JSON: it contains no object.`);
    const lineStart = text.lastIndexOf('\n', start) + 1;
    const prefixed = PREFIXES.some((re) => re.test(text.slice(lineStart, start + 1)));
    let out;
    if (!prefixed) {
        try {
            out = [{ plan: JSON.parse(start === 0 ? text : text.slice(start)), label: undefined }];
        }
        catch (whole) {
            out = planLines(text, source, false) ?? throwAt(text, start, source, whole);
        }
    }
    else
        out = planLines(text, source, true) ?? throwAt(text, start, source, undefined);
    for (const [i, { plan }] of out.entries()) {
        if (plan === null || typeof plan !== 'object' || Array.isArray(plan))
            throw new errors/* UserError */.yo(`${source} is not a Terraform JSON plan (plan ${i + 1} is not an object).`);
        checkFormatVersion(plan, out.length > 1 ? `${source} (${out[i]?.label ?? `plan ${i + 1}`})` : source);
    }
    return out;
}
/** The plans of `parsePlanSet`, without labels. */
function parsePlans(text, source) {
    return parsePlanSet(text, source).map((p) => p.plan);
}
/**
 * NDJSON: one plan per line (lines that are not objects, like Terragrunt's log lines, are skipped). Undefined
 * when the text is not NDJSON after all — its first object line is not a whole object (pretty-printed JSON),
 * or there is only one — so the caller reports the error of the whole document.
 */
function planLines(text, source, prefixed) {
    const out = [];
    let offset = 0;
    for (const line of text.split('\n')) {
        const at = offset;
        offset += line.length + 1;
        let label;
        let from = 0;
        for (const re of PREFIXES) {
            const m = re.exec(line);
            if (m) {
                label = m.groups?.label;
                from = m[0].length;
                break;
            }
        }
        if (line[from] !== '{')
            continue;
        try {
            out.push({ plan: JSON.parse(line.slice(from)), label });
        }
        catch (e) {
            if (out.length === 0)
                return undefined;
            throwAt(text, at + from, source, e);
        }
    }
    return out.length > 1 || (prefixed && out.length === 1) ? out : undefined;
}
/** The error of the JSON value starting at `from`, at its exact line and column in the file. */
function throwAt(text, from, source, e) {
    const offset = jsonErrorOffset(text, from);
    const what = (e === undefined ? 'invalid JSON' : (0,errors/* describeThrown */.YI)(e))
        .replace(/, \.\.\.[\s\S]*$|, "[\s\S]*" is not valid JSON$/, '')
        .replace(/ in JSON at position \d+(?: \(line \d+ column \d+\))?$/, '');
    let where = '';
    if (offset >= 0) {
        const line = countLines(text, offset);
        const column = offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1;
        where =
            offset >= text.length ? ` at the end of the file (line ${line})` : ` at line ${line}, column ${column}`;
    }
    throw new errors/* UserError */.yo(`${source} is not valid JSON${where}: ${what}`, {
        hint: 'With hashicorp/setup-terraform, set `terraform_wrapper: false` (older wrappers corrupt stdout), or let this action run terraform.',
    });
}
function countLines(text, end) {
    let n = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
/**
 * Where the one JSON value starting at `from` first breaks JSON's grammar (RFC 8259), -1 when it does not.
 * Only run after JSON.parse failed, whose messages do not always say where.
 */
function jsonErrorOffset(s, from = 0) {
    let i = from;
    const NUM = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    const ws = () => {
        while (i < s.length && (s[i] === ' ' || s[i] === '\n' || s[i] === '\r' || s[i] === '\t'))
            i++;
    };
    const fail = () => {
        throw new JsonSyntaxAt(i);
    };
    const str = () => {
        i++;
        for (;;) {
            const c = s[i];
            if (c === undefined || c < ' ')
                fail();
            if (c === '"') {
                i++;
                return;
            }
            if (c === '\\') {
                const e = s[i + 1] ?? '';
                if ('"\\/bfnrt'.includes(e) && e !== '')
                    i += 2;
                else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6)))
                    i += 6;
                else {
                    i++;
                    fail();
                }
            }
            else
                i++;
        }
    };
    const value = () => {
        ws();
        const c = s[i];
        if (c === '{' || c === '[') {
            const close = c === '{' ? '}' : ']';
            i++;
            ws();
            if (s[i] === close) {
                i++;
                return;
            }
            for (;;) {
                if (c === '{') {
                    ws();
                    if (s[i] !== '"')
                        fail();
                    str();
                    ws();
                    if (s[i] !== ':')
                        fail();
                    i++;
                }
                value();
                ws();
                if (s[i] === ',')
                    i++;
                else if (s[i] === close) {
                    i++;
                    return;
                }
                else
                    fail();
            }
        }
        if (c === '"')
            return str();
        NUM.lastIndex = i;
        if (NUM.test(s)) {
            i = NUM.lastIndex;
            return;
        }
        for (const lit of ['true', 'false', 'null'])
            if (s.startsWith(lit, i)) {
                i += lit.length;
                return;
            }
        fail();
    };
    try {
        value();
        ws();
        return i < s.length ? i : -1;
    }
    catch (e) {
        if (e instanceof JsonSyntaxAt)
            return e.offset;
        return -1; // too deep to scan: no position rather than a wrong one
    }
}
class JsonSyntaxAt {
    offset;
    constructor(offset) {
        this.offset = offset;
    }
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ../../packages/shared/src/exec/exec.ts


/** Quotes for display only: commands are always run from an argument array, never through a shell. */
function displayCommand(cmd, args, secrets = []) {
    const mask = (s) => secrets.reduce((acc, sec) => (sec ? acc.split(sec).join('***') : acc), s);
    const quote = (s) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
    return [cmd, ...args].map((a) => quote(mask(a))).join(' ');
}
/**
 * Runs a program with an argument array. @actions/exec has no time-out or abort, which long-running tools
 * (terraform, bandit) need, so this is built on child_process directly.
 */
function execFile(cmd, args, opts = {}) {
    const started = Date.now();
    opts.logger?.info(`[command]${displayCommand(cmd, args, opts.secrets)}`);
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(cmd, args, {
            cwd: opts.cwd,
            env: opts.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            signal: opts.signal,
        });
        const out = [];
        const err = [];
        let timedOut = false;
        let killTimer;
        const timer = opts.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                child.kill('SIGTERM');
                killTimer = setTimeout(() => child.kill('SIGKILL'), 5000);
            }, opts.timeoutMs);
        const echo = (chunk) => {
            if (opts.echoOutput && opts.logger)
                for (const line of chunk.toString('utf8').split('\n'))
                    if (line)
                        opts.logger.info(line);
        };
        child.stdout.on('data', (c) => {
            out.push(c);
            echo(c);
        });
        child.stderr.on('data', (c) => {
            err.push(c);
            echo(c);
        });
        child.on('error', (e) => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            if (e.code === 'ENOENT')
                reject(new errors/* UserError */.yo(`\`${cmd}\` was not found on PATH.`, {
                    hint: `Install ${cmd} in an earlier step, or point the action at it.`,
                }));
            else
                reject(e);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            resolve({
                exitCode: code ?? -1,
                signal,
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
                timedOut,
                durationMs: Date.now() - started,
            });
        });
        child.stdin.on('error', () => { });
        child.stdin.end(opts.input ?? '');
    });
}

;// CONCATENATED MODULE: ./src/terraform.ts
/**
 * Runs terraform (or tofu): init, plan -out with -detailed-exitcode, show -json and show (text). Arguments are
 * arrays (no shell); variables travel as TF_VAR_* so their values never appear on an echoed command line.
 * Diagnostics come from `plan -json`'s machine-readable stream, not from the human text.
 */

class TerraformFailure extends Error {
    stage;
    text;
    diagnostics;
    constructor(stage, text, diagnostics = []) {
        super(`terraform ${stage} failed`);
        this.name = 'TerraformFailure';
        this.stage = stage;
        this.text = text;
        this.diagnostics = diagnostics;
    }
}
function env(o) {
    const e = { ...o.env, TF_IN_AUTOMATION: '1', TF_INPUT: '0', CHECKPOINT_DISABLE: '1' };
    if (o.workspace)
        e.TF_WORKSPACE = o.workspace;
    for (const [k, v] of Object.entries(o.variables))
        e[`TF_VAR_${k}`] = v;
    return e;
}
async function tf(o, args, echo = false) {
    const r = await execFile(o.binary, args, {
        cwd: o.cwd,
        env: env(o),
        timeoutMs: o.timeoutMs,
        signal: o.signal,
        logger: o.logger,
        secrets: o.secrets,
        echoOutput: echo,
    });
    if (r.timedOut)
        throw new TerraformFailure(args[0], `timed out after ${Math.round(o.timeoutMs / 1000)}s`);
    return r;
}
/** Terraform's boxed diagnostics (│ ╷ ╵) as plain text. */
function plainText(text) {
    return text
        .split('\n')
        .filter((l) => !/^\s*[╷╵]\s*$/.test(l))
        .map((l) => l.replace(/^│ ?/, ''))
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
}
async function init(o, backendConfig) {
    const args = ['init', '-input=false', '-no-color', ...backendConfig.map((b) => `-backend-config=${b}`)];
    const r = await tf(o, args, true);
    if (r.exitCode !== 0)
        throw new TerraformFailure('init', plainText(`${r.stderr}\n${r.stdout}`));
}
function parseDiagnostics(stream) {
    const out = [];
    for (const line of stream.split('\n')) {
        if (!line.startsWith('{'))
            continue;
        let m;
        try {
            m = JSON.parse(line);
        }
        catch {
            continue;
        }
        if (m.type !== 'diagnostic' || !m.diagnostic)
            continue;
        const d = m.diagnostic;
        out.push({
            severity: d.severity === 'error' ? 'error' : 'warning',
            summary: d.summary ?? '',
            detail: d.detail ?? '',
            file: d.range?.filename,
            line: d.range?.start?.line,
        });
    }
    return out;
}
function diagnosticText(d) {
    const where = d.file ? ` (${d.file}${d.line ? `:${d.line}` : ''})` : '';
    return `${d.severity === 'error' ? 'Error' : 'Warning'}: ${d.summary}${where}${d.detail ? `\n\n${d.detail}` : ''}`;
}
async function plan(o, opts) {
    const args = [
        'plan',
        '-input=false',
        '-no-color',
        '-json',
        '-detailed-exitcode',
        `-out=${opts.out}`,
        ...opts.varFiles.map((f) => `-var-file=${f}`),
        ...(opts.mode === 'destroy' ? ['-destroy'] : opts.mode === 'refresh-only' ? ['-refresh-only'] : []),
    ];
    const r = await tf(o, args);
    const diagnostics = parseDiagnostics(r.stdout);
    for (const line of r.stdout.split('\n')) {
        try {
            const m = JSON.parse(line);
            if (m['@message'] && m.type !== 'diagnostic')
                o.logger.info(m['@message']);
        }
        catch {
            // not a stream line
        }
    }
    if (r.exitCode === 0 || r.exitCode === 2) {
        return { changes: r.exitCode === 2, warnings: diagnostics.filter((d) => d.severity === 'warning') };
    }
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const text = errors.length
        ? errors.map(diagnosticText).join('\n\n')
        : plainText(`${r.stderr}\n${r.stdout}`);
    throw new TerraformFailure('plan', text, errors);
}
/** `show -json <planfile>`: the JSON plan text. */
async function showJson(o, planFile) {
    const r = await tf(o, ['show', '-json', '-no-color', planFile]);
    if (r.exitCode !== 0)
        throw new TerraformFailure('show', plainText(r.stderr || r.stdout));
    return r.stdout;
}
/** `show <planfile>`: the human text, for the text-plan-file output (and as the fallback when JSON fails). */
async function showText(o, planFile) {
    const r = await tf(o, ['show', '-no-color', planFile]);
    return r.exitCode === 0 ? r.stdout : undefined;
}

;// CONCATENATED MODULE: ./src/plan-source.ts
/**
 * Where the plan comes from: plan JSON from an earlier step (no terraform at all), a binary plan file
 * (`terraform show`), or a fresh `terraform init` + `plan -out` + `show`. The JSON and text are written next to
 * the plan file so later steps can upload them. Terraform's own failures are returned, not thrown, so the
 * report can show them; anything else (bad JSON, a 2.x plan) is thrown as a user error naming the file.
 */






async function obtainPlans(o) {
    const { inputs, relPath, outDir, tfo, logger } = o;
    const files = {};
    let warnings = [];
    try {
        let jsonText;
        if (inputs.planJson) {
            files.json = inputs.planJson;
            jsonText = (0,external_node_fs_.readFileSync)(inputs.planJson, 'utf8');
        }
        else {
            if (inputs.init)
                await logger.group(`terraform init (${relPath})`, () => init(tfo, inputs.backendConfig ?? []));
            files.plan = inputs.planFile ?? external_node_path_default().join(outDir, 'plan.tfplan');
            if (!inputs.planFile) {
                const run = await logger.group(`terraform plan (${relPath})`, () => plan(tfo, {
                    out: files.plan,
                    varFiles: inputs.varFiles ?? [],
                    mode: inputs.mode,
                }));
                warnings = run.warnings;
            }
            const text = await showText(tfo, files.plan);
            if (text !== undefined) {
                files.text = external_node_path_default().join(outDir, 'plan.txt');
                // For people to read: known secrets (mask-env values, …) redacted like every file we write.
                writeOutputFile(files.text, text);
            }
            try {
                jsonText = await showJson(tfo, files.plan);
            }
            catch (e) {
                // `show -json` can fail where `plan` and `show` succeeded (borchero/terraform-plan-comment#117): keep
                // Terraform's own text of the plan in the report, so the reviewer still sees it.
                if (e instanceof TerraformFailure && text)
                    throw new TerraformFailure('show -json', `${e.text}\n\nThe plan as Terraform prints it:\n\n${text}`);
                throw e;
            }
            files.json = external_node_path_default().join(outDir, 'plan.json');
            (0,external_node_fs_.writeFileSync)(files.json, jsonText);
        }
        const set = parsePlanSet(jsonText, files.json);
        return {
            plans: set.map((p) => p.plan),
            labels: set.map((p) => p.label),
            files,
            warnings,
            failure: undefined,
        };
    }
    catch (e) {
        if (o.signal.aborted)
            throw new errors/* UserError */.yo('Cancelled while terraform was running; nothing was reported.', { cause: e });
        if (!(e instanceof TerraformFailure))
            throw e;
        return { plans: [], labels: [], files, warnings, failure: e };
    }
}

;// CONCATENATED MODULE: ./src/plan.ts
/**
 * The work: a plan (from terraform, a plan file or plan JSON), parsed once, summarised per plan and hashed.
 * The raw plans are dropped when this returns; the summaries keep only what the report renders. Terraform's
 * own failure is part of the result (the report shows it); `throwIfFailed` turns it into the step's error.
 */









async function runPlan(cfg, d) {
    const { inputs, root } = cfg;
    const { logger, keeper } = d;
    (0,external_node_fs_.mkdirSync)(cfg.outDir, { recursive: true });
    const source = await obtainPlans({
        inputs,
        relPath: cfg.relPath,
        outDir: cfg.outDir,
        tfo: {
            binary: inputs.terraformBinary,
            cwd: root,
            env: d.env,
            workspace: inputs.workspace,
            variables: inputs.variables ?? {},
            timeoutMs: inputs.timeout,
            signal: d.signal,
            logger,
            secrets: [...keeper.known],
        },
        logger,
        signal: d.signal,
    });
    const { plans, failure, warnings } = source;
    const summaries = plans.map((p, i) => summarize(p, d.masking, {
        ...(plans.length > 1 ? { index: i + 1 } : {}),
        ...(source.labels[i] ? { label: moduleLabel(source.labels[i], d.workspace) } : {}),
        ...(inputs.mode !== 'normal' ? { mode: inputs.mode } : {}),
        rules: cfg.rules,
    }));
    for (const w of warnings) {
        logger.warning(`${w.summary}${w.detail ? `: ${w.detail}` : ''}`, {
            title: 'terraform plan',
            ...(w.file ? { file: external_node_path_default().relative(d.workspace, external_node_path_default().resolve(root, w.file)) } : {}),
            ...(w.line ? { startLine: w.line } : {}),
        });
    }
    for (const [i, s] of summaries.entries()) {
        // Failed check blocks are also warnings; the report shows them from the plan's `checks` instead.
        for (const w of warnings)
            if (!(w.summary === 'Check block assertion failed' && s.checks.length))
                s.warnings.push(diagnosticText(w));
        for (const v of sensitiveVariableValues(plans[i]))
            for (const x of scalars(v))
                keeper.hide(x, true);
    }
    // Sensitive values enter the hash keyed by `hash-key` (plan-hash.ts says why); without it, by a one-off key.
    const hashed = plans.length
        ? planHashDetails(plans, cfg.salt, inputs.hashKey ?? (0,external_node_crypto_.randomBytes)(32), (v) => keeper.hide(v))
        : undefined;
    // A log line, not an annotation: most workflows never compare plan-hash, and they should not get a
    // warning on every run; one that does finds the reason here and in the README.
    if (hashed && hashed.sensitive > 0 && !inputs.hashKey)
        logger.info(`plan-hash: the plan has ${hashed.sensitive} sensitive value(s) and \`hash-key\` is not set, so they enter the hash under a one-off key: it matches no other run, and an apply gate comparing it refuses this plan. Set \`hash-key\` (the same secret in the apply job) to gate on it.`);
    const files = { ...source.files };
    if (files.plan && !(0,external_node_fs_.existsSync)(files.plan))
        delete files.plan;
    return {
        summaries,
        files,
        failure,
        hash: hashed?.hash,
        hasChanges: summaries.some((s) => s.hasChanges),
        hasDestroy: summaries.some((s) => s.hasDestroy),
        failed: failure !== undefined || summaries.some((s) => s.errored),
    };
}
/**
 * The verdict, after the report is out: Terraform's error diagnostics with a range become one annotation
 * each, on its file and line, and the step's own error names them (GitHub keeps one error slot for it); an
 * errored plan fails the step too.
 */
function throwIfFailed(r, cfg, d, clean) {
    const { failure } = r;
    if (failure) {
        const located = failure.diagnostics.filter((x) => x.severity === 'error' && x.file);
        for (const x of located) {
            d.logger.error(clean(`${x.summary}${x.detail ? `: ${x.detail}` : ''}`), {
                title: `terraform ${failure.stage}`,
                file: external_node_path_default().relative(d.workspace, external_node_path_default().resolve(cfg.root, x.file)),
                ...(x.line ? { startLine: x.line } : {}),
            });
        }
        const text = located.length && located.length === failure.diagnostics.length
            ? located.map((x) => `${x.summary} (${x.file}${x.line ? `:${x.line}` : ''})`).join('; ')
            : failure.text;
        throw new errors/* UserError */.yo(`terraform ${failure.stage} failed in ${cfg.relPath}:\n${clean(text)}`, {
            hint: 'The error above is Terraform’s own; the pull request comment and job summary show it too.',
        });
    }
    if (r.summaries.some((s) => s.errored)) {
        throw new errors/* UserError */.yo(`The plan in ${r.files.json} is marked "errored": planning stopped with an error and it cannot be applied.`);
    }
}
/** A Terragrunt module folder as the report names it: relative to the workspace when it lies inside. */
function moduleLabel(label, workspace) {
    if (!external_node_path_default().isAbsolute(label))
        return label;
    const rel = external_node_path_default().relative(workspace, label);
    return rel === '' ? '.' : rel.startsWith('..') || external_node_path_default().isAbsolute(rel) ? label : rel;
}

;// CONCATENATED MODULE: ../../packages/shared/src/github/api-errors.ts
/**
 * What a failed GitHub API call was, told from the error alone. Apart from client.ts so that the publishing path
 * can classify failures without loading Octokit (client.ts is imported on first use: cold start,
 * docs/performance.md).
 */

/** The HTTP status of an Octokit RequestError, or undefined for anything else. */
function httpStatus(error) {
    const s = error?.status;
    return typeof s === 'number' ? s : undefined;
}
/** A fork PR's or read-only token's refusal: 403 "Resource not accessible by integration". */
function isReadOnlyRefusal(error) {
    return (httpStatus(error) === 403 &&
        /not accessible by integration|read-only|forbidden/i.test((0,errors/* describeThrown */.YI)(error)));
}

// EXTERNAL MODULE: ../../packages/shared/src/github/api-url.ts
var api_url = __nccwpck_require__(9537);
;// CONCATENATED MODULE: ../../packages/shared/src/github/load-client.ts

/**
 * createGitHubClient with Octokit loaded on first use, for the paths that may never talk to GitHub (no token, not a
 * pull request, comments off): Octokit and its REST method table are ~170 kB that a bundle would otherwise compile
 * at every start (cold start, docs/performance.md). An API URL that can never answer is refused before anything
 * is loaded. Keep value imports of client.ts out of modules the actions import at start-up.
 */
async function loadGitHubClient(opts) {
    (0,api_url/* checkApiUrl */.S)((0,api_url/* apiBaseUrl */.t)(opts.baseUrl));
    const { createGitHubClient } = await Promise.all(/* import() */[__nccwpck_require__.e(116), __nccwpck_require__.e(622)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3622));
    return createGitHubClient(opts);
}

// EXTERNAL MODULE: ../../packages/shared/src/github/context.ts
var context = __nccwpck_require__(4938);
;// CONCATENATED MODULE: ../../packages/shared/src/report/escape.ts
/**
 * Escaping of untrusted text (resource names, branch names, tool output) by the context it lands in. GitHub
 * renders comments and job summaries with cmark-gfm (table, strikethrough, autolink, tagfilter) and then links
 * @mentions and issue references (#1, GH-1, owner/repo#1) in text outside <pre>, <code> and <a>. Each context
 * needs its own escaping, and only that:
 *
 * | context                                   | builder                         | type       |
 * |-------------------------------------------|---------------------------------|------------|
 * | markdown inline text (paragraph, list)    | escapeMarkdown                  | MdInline   |
 * | code span in markdown (copyable values)   | inlineCode                      | MdInline   |
 * | table cell                                | table() escapes the pipes       | MdBlock    |
 * | HTML block (`<summary>`, `<code>` in HTML)| htmlText, htmlCode              | HtmlText   |
 * | fenced code block                         | codeBlock                       | MdBlock    |
 * | link target                               | link                            | Inline     |
 *
 * Markdown is not parsed inside an HTML block (CommonMark "HTML blocks"), so a backslash escape there shows
 * literally: HTML text gets entities only. Text meant to be copied (addresses, output values, digests) goes in
 * code (inlineCode/htmlCode), where no mention, issue reference or autolink forms, so it is shown and copied
 * exactly. In prose, a U+2060 WORD JOINER (invisible) after `@`, `#` or `GH-` keeps mentions and references
 * from forming.
 *
 * `Inline` fragments render in both contexts, so a title used both in a list (markdown) and in a `<summary>`
 * (HTML) is built once and each container picks the right rendering.
 */
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const WJ = '\u2060';
/** HTML entities for `& < > " '` (text or attribute value in HTML). Nothing else: see htmlText for prose. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => HTML[c]);
}
/**
 * Keeps GitHub's mention and issue-reference filters from linking: a word joiner after `@` before a name,
 * after `#` before a digit, after `GH-` before a digit. Invisible; only prose gets it, never code.
 */
function breakReferences(text) {
    return text
        .replace(/@(?=[A-Za-z0-9])/g, `@${WJ}`)
        .replace(/#(?=\d)/g, `#${WJ}`)
        .replace(/\b(GH-)(?=\d)/gi, `$1${WJ}`);
}
const oneLine = (text) => text.replace(/\r\n?|\n/g, ' ');
/**
 * Markdown inline text: a backslash before every ASCII punctuation character that markdown, HTML, entities,
 * tables or autolinks could use (CommonMark lets any ASCII punctuation be escaped; the reader sees the character
 * alone), references kept from linking, and newlines turned into spaces (inline text never starts a block).
 */
function escapeMarkdown(text) {
    return breakReferences(oneLine(text)).replace(/[\\`*_{}[\]()#+\-.!|~<>&:$]/g, (c) => `\\${c}`);
}
/** A table cell's text (the same as inline text: table() escapes pipes in every cell). */
function tableCell(text) {
    return escapeMarkdown(text);
}
/**
 * A code span: shown and copied exactly (no mention, reference or autolink forms in code). The backtick fence is
 * longer than any backtick run inside; a space pads content that starts or ends with a backtick or with spaces
 * at both ends (CommonMark strips one such pair). Newlines become spaces, as in any code span.
 */
function inlineCode(text) {
    const body = oneLine(text);
    if (body === '')
        return '<code></code>';
    const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = body.startsWith('`') || body.endsWith('`') || /^ .*[^ ].* $/.test(body);
    return `${fence}${pad ? ' ' : ''}${body}${pad ? ' ' : ''}${fence}`;
}
/** Text for inside an HTML block (`<summary>…</summary>`): entities only, references kept from linking. */
function htmlText(text) {
    return escapeHtml(breakReferences(oneLine(text)));
}
/** `<code>` for inside an HTML block: entities only, shown and copied exactly. */
function htmlCode(text) {
    return `<code>${escapeHtml(oneLine(text))}</code>`;
}
/** A fenced block whose fence is longer than any backtick run in the content, so it cannot be closed early. */
function codeBlock(text, lang = '') {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const body = text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
    return `${fence}${lang.replace(/[^\w+-]/g, '')}\n${body}\n${fence}`;
}
/**
 * A GFM table. Cells are inline markdown (escapeMarkdown, inlineCode, Inline fragments, or trusted literals);
 * every `|` in them is escaped here, which GFM undoes before parsing the cell, inside code spans too (GFM spec,
 * tables: "include a pipe in a cell's content by escaping it, including inside other inline spans"). Header
 * cells must say what the column is: GitHub shows an empty header row as a blank first row.
 */
function table(headers, rows) {
    const cell = (c) => oneLine(typeof c === 'string' ? c : c.md).replace(/\|/g, '\\|');
    for (const r of rows) {
        if (r.length !== headers.length)
            throw new Error(`table: a row has ${r.length} cells for ${headers.length} columns`);
    }
    const head = `| ${headers.map(cell).join(' | ')} |\n|${headers.map(() => '---').join('|')}|`;
    return [head, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}
/**
 * `<details>` with a summary and a markdown body. The summary is in an HTML block, where markdown is not parsed:
 * pass an Inline fragment (rendered as HTML here) or HtmlText/trusted plain text — never escapeMarkdown output.
 */
function details(summaryHtml, body, open = false) {
    const summary = typeof summaryHtml === 'string' ? summaryHtml : summaryHtml.html;
    return `<details${open ? ' open' : ''}><summary>${oneLine(summary)}</summary>\n\n${body}\n\n</details>`;
}
/** A hidden marker for finding our own comments; the key is restricted so it cannot close the comment. */
function hiddenMarker(text) {
    return `<!-- ${text.replace(/--/g, '−−').replace(/[<>]/g, '')} -->`;
}
/** Inline content that knows its markdown and its HTML rendering (each computed once, on first use). */
class Inline {
    #md;
    #html;
    #parts;
    constructor(parts) {
        this.#parts = parts;
    }
    /** For a paragraph, list item, heading or table cell. */
    get md() {
        return (this.#md ??= this.#parts.map(partMd).join(''));
    }
    /** For inside an HTML block (`<summary>`). */
    get html() {
        return (this.#html ??= this.#parts.map(partHtml).join(''));
    }
    toString() {
        return this.md;
    }
}
function partMd(p) {
    if (p instanceof Inline)
        return p.md;
    if ('text' in p)
        return escapeMarkdown(p.text);
    if ('code' in p)
        return inlineCode(p.code);
    if ('strong' in p)
        return `**${p.strong.md}**`;
    if ('link' in p)
        return `[${p.link.md}](${p.target})`;
    return p.trusted;
}
function partHtml(p) {
    if (p instanceof Inline)
        return p.html;
    if ('text' in p)
        return htmlText(p.text);
    if ('code' in p)
        return htmlCode(p.code);
    if ('strong' in p)
        return `<strong>${p.strong.html}</strong>`;
    if ('link' in p)
        return `<a href="${escapeHtml(p.target)}">${p.link.html}</a>`;
    return p.trusted;
}
/**
 * Builds an Inline fragment: the template's literal parts are trusted plain text written in our code (no markup
 * and no `& < > * _ [ ] \` characters, so they read the same in markdown and HTML); interpolated strings are
 * untrusted text and escaped for the context; interpolated fragments (code(), strong(), link()) are inserted.
 *
 *     inline`${code(address)} will be ${verb} — ${reason}`
 */
function inline(strings, ...values) {
    const parts = [];
    strings.forEach((s, i) => {
        if (s)
            parts.push({ trusted: s });
        if (i < values.length) {
            const v = values[i];
            parts.push(v instanceof Inline ? v : { text: String(v) });
        }
    });
    return new Inline(parts);
}
/** Untrusted text as an Inline fragment. */
function escape_text(s) {
    return new Inline([{ text: s }]);
}
/** Untrusted text shown as code (copyable exactly): a code span in markdown, `<code>` in HTML. */
function code(s) {
    return new Inline([{ code: s }]);
}
/** Bold. */
function strong(x) {
    return new Inline([{ strong: typeof x === 'string' ? escape_text(x) : x }]);
}
/**
 * A link to an http(s) URL; any other URL (javascript:, data:, relative) is shown as text, never linked. The target
 * is percent-encoded where markdown or HTML could read a character as syntax.
 */
function escape_link(label, url) {
    const l = typeof label === 'string' ? escape_text(label) : label;
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return l;
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:')
        return l;
    const target = u.href.replace(/[()<>"'`\\|[\]\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return new Inline([{ link: l, target }]);
}

// EXTERNAL MODULE: ../../packages/shared/src/report/document.ts
var report_document = __nccwpck_require__(8355);
;// CONCATENATED MODULE: ../../packages/shared/src/github/sticky-comment.ts




/** The hidden marker that identifies our comment. The key is normalised so it cannot break the HTML comment. */
function stickyMarker(action, key) {
    const safe = (s) => s.replace(/[^\w./:@=+-]/g, '_');
    return hiddenMarker(`pipewright:${safe(action)}:${safe(key)}`);
}
async function listMarked(o, marker) {
    const all = (await o.client.paginate(o.client.rest.issues.listComments, {
        owner: o.pr.owner,
        repo: o.pr.repo,
        issue_number: o.pr.number,
        per_page: 100,
    }));
    // Our comments start with the marker. A marker further down is someone quoting our comment in a reply
    // (GitHub's "Quote reply" keeps the hidden HTML comment): not ours, never to be edited.
    return all.filter((c) => (c.body ?? '').trimStart().startsWith(marker)).sort((a, b) => a.id - b.id);
}
/**
 * One comment per (action, key), found by a hidden marker — never by the author's login, which GitHub App
 * tokens do not have. Never touches a comment without our marker.
 *
 * Two runs racing may both create; after creating, the run re-reads, and every run whose comment is not the
 * oldest deletes its own and writes to the oldest instead, so exactly one remains.
 *
 * A read-only token (fork PRs) is not a failure: the caller gets `read-only` and a warning is logged.
 */
async function upsertStickyComment(o) {
    const marker = stickyMarker(o.action, o.key);
    const body = withinLimit(`${marker}\n${o.body}`);
    const { owner, repo } = o.pr;
    try {
        const existing = await listMarked(o, marker);
        const mode = o.mode ?? 'update';
        if (mode === 'update' && existing.length > 0) {
            const keep = existing[0];
            if (o.minimizeOutdated)
                await minimize(o, existing.slice(1));
            if (keep.body === body)
                return { status: 'unchanged', commentId: keep.id, url: keep.html_url };
            const { data } = await o.client.rest.issues.updateComment({ owner, repo, comment_id: keep.id, body });
            return { status: 'updated', commentId: data.id, url: data.html_url };
        }
        const { data: created } = await o.client.rest.issues.createComment({
            owner,
            repo,
            issue_number: o.pr.number,
            body,
        });
        if (mode === 'recreate') {
            await minimize(o, existing);
            return { status: 'created', commentId: created.id, url: created.html_url };
        }
        // Race check: another run may have created one between our list and our create.
        const after = await listMarked(o, marker);
        const oldest = after[0];
        if (oldest && oldest.id !== created.id) {
            await o.client.rest.issues.deleteComment({ owner, repo, comment_id: created.id });
            const { data } = await o.client.rest.issues.updateComment({ owner, repo, comment_id: oldest.id, body });
            return { status: 'updated', commentId: data.id, url: data.html_url };
        }
        return { status: 'created', commentId: created.id, url: created.html_url };
    }
    catch (error) {
        if (isReadOnlyRefusal(error)) {
            o.logger.warning('Could not write the pull request comment: the token is read-only (a pull request from a fork, or missing ' +
                '`pull-requests: write` permission). The report is in the job summary instead.', { title: `${o.action}: comment not written` });
            return { status: 'read-only' };
        }
        throw error;
    }
}
async function minimize(o, comments) {
    for (const c of comments) {
        try {
            await o.client.graphql('mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }', { id: c.node_id });
        }
        catch (error) {
            o.logger.debug(`minimizing comment ${c.id} failed: ${(0,errors/* describeThrown */.YI)(error)}`);
        }
    }
}
function withinLimit(body) {
    return body.length <= report_document/* COMMENT_LIMIT */.W$ ? body : (0,report_document/* cutToLimit */.bH)(body, report_document/* COMMENT_LIMIT */.W$);
}

;// CONCATENATED MODULE: ../../packages/shared/src/github/publish.ts
/**
 * The one way an action publishes its report to a pull request. One behaviour for every action:
 * - a sticky comment per (action, key), updated in place (or re-posted, `recreate`);
 * - not a pull request run: nothing to do (the report is in the job summary);
 * - a read-only token (a fork's `pull_request`, missing `pull-requests: write`): one warning, step stays green;
 * - any other GitHub API failure, after the client's retries: one warning naming the HTTP status, step stays
 *   green — a GitHub outage is never "a bug in pipewright", and never fails a step whose work succeeded;
 * - a user mistake (an explicit `pr-number` that is not a pull request) is a UserError, as before.
 * The caller writes the job summary first, so the report is there whatever happens here.
 */





const READ_ONLY = 'the token is read-only (a pull request from a fork, or a workflow without `permissions: pull-requests: write`)';
async function publishToPullRequest(o) {
    const { logger, context: ctx } = o;
    const title = `${o.action}: comment not written`;
    if (!o.client && !o.token) {
        logger.warning('No `github-token`: the report is in the job summary only.', { title });
        return { status: 'no-token' };
    }
    let client;
    try {
        client = o.client ?? (await loadGitHubClient({ token: o.token, baseUrl: ctx.apiUrl, logger }));
    }
    catch (e) {
        // An API URL fetch can never reach (GITHUB_API_URL): the comment cannot be written, the step's work stands.
        return failed(o, e, 'connecting to the GitHub API');
    }
    let pr;
    if (o.pullRequest !== undefined)
        pr = o.pullRequest ?? undefined;
    else {
        try {
            pr = await (0,context/* resolvePullRequest */.DJ)(ctx, o.prNumber, client);
        }
        catch (e) {
            if (e instanceof errors/* UserError */.yo)
                throw e;
            return failed(o, e, 'finding the pull request of this run');
        }
    }
    if (!pr) {
        logger.info(`This ${ctx.eventName || 'run'} is not about a pull request: the report is in the job summary.`);
        return { status: 'not-a-pr' };
    }
    // A fork's pull_request run gets a read-only token: say so without a refused write. (pull_request_target
    // runs get a write token even for forks, so they try.)
    if (pr.isFork && ctx.eventName === 'pull_request') {
        logger.warning(`Could not write the pull request comment: ${READ_ONLY}. The report is in the job summary instead.`, { title });
        return { status: 'read-only' };
    }
    let result;
    try {
        if (o.body === undefined) {
            result = { status: 'skipped' };
        }
        else if (o.create === false && !(await hasComment(client, pr, stickyMarker(o.action, o.key)))) {
            logger.info('No earlier comment to bring up to date: no comment written.');
            result = { status: 'skipped' };
        }
        else {
            const r = await upsertStickyComment({
                client,
                pr,
                action: o.action,
                key: o.key,
                body: o.body,
                logger,
                ...(o.mode ? { mode: o.mode } : {}),
            });
            // upsertStickyComment has already warned about a read-only token.
            if (r.status === 'read-only')
                return { status: 'read-only' };
            logger.info(`Pull request comment ${r.status}${r.url ? `: ${r.url}` : ''}`);
            result = { status: r.status, ...(r.url ? { url: r.url } : {}) };
        }
    }
    catch (e) {
        return failed(o, e, 'writing the pull request comment');
    }
    if (o.also) {
        try {
            await o.also(client, pr);
        }
        catch (e) {
            if (e instanceof errors/* UserError */.yo)
                throw e;
            const f = warnGitHubFailure(logger, e, 'updating the pull request', {
                title: `${o.action}: pull request not updated`,
                fallback: 'The comment and the job summary have the report',
            });
            return { ...result, ...(f.httpStatus ? { httpStatus: f.httpStatus } : {}) };
        }
    }
    return result;
}
/**
 * A GitHub API failure as one warning (a read-only refusal, or the HTTP status after retries); never thrown, so
 * the step's own result stands. For the other writes an action makes beside its comment (SARIF upload, labels).
 */
function warnGitHubFailure(logger, e, doing, wording) {
    // Octokit reports a request that got no answer (DNS, refused, reset) as status 500 without a response.
    const answered = e?.response !== undefined;
    const status = answered ? httpStatus(e) : undefined;
    if (isReadOnlyRefusal(e)) {
        logger.warning(`GitHub refused ${doing}: ${READ_ONLY}. ${wording.fallback}.`, { title: wording.title });
        return { status: 'read-only' };
    }
    const answer = status !== undefined ? `GitHub answered HTTP ${status}` : 'GitHub could not be reached';
    const detail = e?.message ?? String(e);
    logger.warning(`${answer} while ${doing} (after retries): ${detail}. ${wording.fallback}; re-run the job to retry.`, {
        title: wording.title,
    });
    logger.debug(`GitHub API failure: ${e?.stack ?? detail}`);
    return { status: 'failed', ...(status !== undefined ? { httpStatus: status } : {}) };
}
function failed(o, e, doing) {
    return warnGitHubFailure(o.logger, e, doing, {
        title: `${o.action}: comment not written`,
        fallback: 'The report is in the job summary',
    });
}
async function hasComment(client, pr, marker) {
    const all = (await client.paginate(client.rest.issues.listComments, {
        owner: pr.owner,
        repo: pr.repo,
        issue_number: pr.number,
        per_page: 100,
    }));
    return all.some((c) => (c.body ?? '').trimStart().startsWith(marker));
}

;// CONCATENATED MODULE: ../../packages/shared/src/github/labels.ts

/** GitHub refuses label names longer than this. */
const MAX_LABEL_LENGTH = 50;
function checkLabelNames(names) {
    return names
        .filter((n) => n.length > MAX_LABEL_LENGTH || n.trim() === '')
        .map((n) => `label "${n}" is empty or longer than ${MAX_LABEL_LENGTH} characters`);
}
/**
 * Makes the PR carry exactly `wanted` out of the labels this action owns; labels it does not own are left alone.
 * Returns what changed.
 */
async function syncOwnedLabels(client, pr, owned, wanted) {
    const bad = checkLabelNames([...owned, ...wanted]);
    if (bad.length)
        throw new errors/* UserError */.yo(bad.join('; '));
    const { owner, repo, number } = pr;
    const current = (await client.paginate(client.rest.issues.listLabelsOnIssue, {
        owner,
        repo,
        issue_number: number,
        per_page: 100,
    })).map((l) => l.name);
    // GitHub compares label names case-insensitively.
    const has = (list, l) => list.some((x) => x.toLowerCase() === l.toLowerCase());
    const removed = current.filter((l) => has(owned, l) && !has(wanted, l));
    const added = wanted.filter((l) => !has(current, l));
    for (const name of removed)
        await client.rest.issues.removeLabel({ owner, repo, issue_number: number, name });
    if (added.length)
        await client.rest.issues.addLabels({ owner, repo, issue_number: number, labels: added });
    return { added, removed };
}

;// CONCATENATED MODULE: ./src/publish.ts

const ACTION = 'terraform-plan';
const LABELS = {
    changes: 'terraform:changes',
    destroy: 'terraform:destroy',
    none: 'terraform:no-changes',
};
function wantedLabels(p) {
    if (p.hasDestroy)
        return [LABELS.changes, LABELS.destroy];
    if (p.hasChanges)
        return [LABELS.changes];
    return [LABELS.none];
}
async function publish(rt, p) {
    const { inputs } = p;
    const { logger } = rt;
    if (inputs.comment === 'never' && !inputs.labels)
        return {};
    // The shared publishing path: a fork's read-only token or a GitHub outage is one warning, never a failure.
    const r = await publishToPullRequest({
        context: rt.context,
        logger,
        token: inputs.githubToken,
        action: ACTION,
        key: p.key,
        body: inputs.comment === 'never' ? undefined : p.comment,
        mode: inputs.minimize ? 'recreate' : 'update',
        ...(inputs.prNumber !== undefined ? { prNumber: inputs.prNumber } : {}),
        // comment: on-change: no new comment when nothing changes, but an existing one is brought up to date.
        create: !(inputs.comment === 'on-change' && !p.hasChanges && !p.failed),
        ...(inputs.labels && !p.failed
            ? {
                also: async (client, pr) => {
                    const l = await syncOwnedLabels(client, pr, Object.values(LABELS), wantedLabels(p));
                    logger.info(`labels: added [${l.added.join(', ')}], removed [${l.removed.join(', ')}]`);
                },
            }
            : {}),
    });
    return r.url ? { url: r.url } : {};
}

;// CONCATENATED MODULE: ./src/report-pass.ts
class PassTracker {
    last = [];
    sections;
    bounds;
    /** Off while renderDocument measures in bytes: the bounds here are in characters. */
    chars = true;
    constructor(sections) {
        this.sections = sections;
    }
    /** The sections, each remembering its latest rendering. */
    tracked() {
        return this.sections.map((s, i) => ({
            render: (level, maxChars) => {
                const r = s.render(level, maxChars);
                this.last[i] = { level, r };
                return r;
            },
        }));
    }
    /** The view of the pass for section `i`, while rendering it (undefined when not in characters). */
    view(i) {
        if (!this.chars)
            return undefined;
        this.bounds ??= this.sections.map((s) => s.render('counts', Number.MAX_SAFE_INTEGER).text.length);
        let later = 2;
        for (const c of this.bounds.slice(i + 1))
            later += 2 * c + 42;
        return {
            earlierCandidate: () => {
                let max = -1;
                for (const x of this.last.slice(0, i))
                    if (x && x.r.truncated && (x.level === 'full' || x.level === 'condensed'))
                        max = Math.max(max, x.r.text.length);
                return max;
            },
            laterBound: later,
        };
    }
}

;// CONCATENATED MODULE: ./src/diff-model.ts
const diff_model_isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/**
 * Symbols are written as private marker characters in the symbol column, so the caller can place them
 * (Terraform's indented column, or column 0 for a ```diff block) without guessing from user text.
 */
const MARK = {
    create: '\u0001',
    delete: '\u0002',
    update: '\u0003',
    noop: '\u0004',
};
// eslint-disable-next-line no-control-regex -- the markers are control characters on purpose (never in output)
const diff_model_MARK_CHARS = /[\u0001-\u0004]/g;
const diff_model_SYMBOL_OF = {
    '\u0001': '+',
    '\u0002': '-',
    '\u0003': '~',
    '\u0004': ' ',
};
/** Terraform's DiffActionSymbol: three columns, then a space. */
const sym = (a) => `  ${MARK[a]} `;
const ind = (n) => '    '.repeat(n);
/** The 16 option sets, made once: rendering derives options per node, and fresh objects were much of its garbage. */
const OPTS = [];
for (let i = 0; i < 16; i++)
    OPTS.push({
        overrideNullSuffix: (i & 1) !== 0,
        overrideForcesReplacement: (i & 2) !== 0,
        forbidForcesReplacement: (i & 4) !== 0,
        showUnchanged: (i & 8) !== 0,
    });
const bits = (o) => (o.overrideNullSuffix ? 1 : 0) |
    (o.overrideForcesReplacement ? 2 : 0) |
    (o.forbidForcesReplacement ? 4 : 0) |
    (o.showUnchanged ? 8 : 0);
function opts(o, change) {
    return OPTS[bits({ ...o, ...change })];
}
const withNullSuffixOff = (o) => (o.overrideNullSuffix ? o : OPTS[bits(o) | 1]);
const withUnchanged = (o) => (o.showUnchanged ? o : OPTS[bits(o) | 8]);
const diff_model_BASE = OPTS[0];
const nullSuffix = (a, o) => (!o.overrideNullSuffix && a === 'delete' ? ' -> null' : '');
const forces = (replace, o) => (replace || o.overrideForcesReplacement) && !o.forbidForcesReplacement ? ' # forces replacement' : '';
const unchanged = (what, n) => `# (${n} unchanged ${what}${n === 1 ? '' : 's'} hidden)`;
/** Go's %q for the strings Terraform quotes. */
const PLAIN_TEXT = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
function goQuote(s) {
    if (PLAIN_TEXT.test(s))
        return `"${s}"`;
    let out = '"';
    for (const ch of s) {
        const c = ch.codePointAt(0);
        if (ch === '"')
            out += '\\"';
        else if (ch === '\\')
            out += '\\\\';
        else if (c === 7)
            out += '\\a';
        else if (c === 8)
            out += '\\b';
        else if (c === 12)
            out += '\\f';
        else if (c === 10)
            out += '\\n';
        else if (c === 13)
            out += '\\r';
        else if (c === 9)
            out += '\\t';
        else if (c === 11)
            out += '\\v';
        else if (c < 0x20 || c === 0x7f)
            out += `\\x${c.toString(16).padStart(2, '0')}`;
        else if ((c >= 0x80 && c <= 0x9f) || c === 0xad || c === 0x2028 || c === 0x2029 || c === 0xfeff)
            out += `\\u${c.toString(16).padStart(4, '0')}`;
        else if (c >= 0xd800 && c <= 0xdfff)
            out += '\\ufffd';
        else
            out += ch;
    }
    return `${out}"`;
}
/** A number as Terraform prints it: plain decimal, never an exponent (1e-05 → 0.00001). */
function plainNumber(x) {
    const s = String(x);
    const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
    if (!m)
        return s;
    const [, sign, d0, rest = '', e] = m;
    const digits = `${d0}${rest}`;
    const exp = Number(e);
    if (exp >= 0)
        return `${sign}${digits.padEnd(exp + 1, '0')}`;
    return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
}
/** HCL's identifier rule (hclsyntax.ValidIdentifier): other keys are quoted. */
const IDENT = /^[\p{ID_Start}_][\p{ID_Continue}-]*$/u;
const attrNames = new Map();
function attrName(k) {
    let n = attrNames.get(k);
    if (n === undefined) {
        n = IDENT.test(k) ? k : goQuote(k);
        if (attrNames.size < 10_000)
            attrNames.set(k, n);
    }
    return n;
}
const IMPORTANT = new Set(['id', 'name', 'tags']);
function diff_model_equal(a, b) {
    if (a === b)
        return true;
    if (a === null || b === null || a === undefined || b === undefined)
        return false;
    if (typeof a !== 'object' || typeof b !== 'object')
        return false;
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length)
            return false;
        for (let i = 0; i < a.length; i++)
            if (!diff_model_equal(a[i], b[i]))
                return false;
        return true;
    }
    if (Array.isArray(b))
        return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length)
        return false;
    for (const k of ka)
        if (!Object.hasOwn(b, k) || !diff_model_equal(a[k], b[k]))
            return false;
    return true;
}
function compareActions(current, next) {
    if (next === 'noop')
        return current;
    return current !== next ? 'update' : current;
}
// ---------------------------------------------------------------------------------------------------------
// Replace paths
class Matcher {
    paths;
    constructor(paths) {
        this.paths = paths;
    }
    static EMPTY = new Matcher([]);
    child(step) {
        if (this.paths.length === 0)
            return this;
        const next = [];
        for (const p of this.paths)
            if (p.length > 0 && p[0] === step)
                next.push(p.slice(1));
        return next.length ? new Matcher(next) : Matcher.EMPTY;
    }
    matches() {
        return this.paths.some((p) => p.length === 0);
    }
}
const isNull = (v) => v === null || v === undefined;
function mapChild(c, key) {
    const b = c.before;
    const a = c.after;
    const beforeExplicit = diff_model_isObj(b) && Object.hasOwn(b, key);
    const afterExplicit = diff_model_isObj(a) && Object.hasOwn(a, key);
    return {
        before: beforeExplicit ? b[key] : undefined,
        after: afterExplicit ? a[key] : undefined,
        beforeExplicit,
        afterExplicit,
        unknown: diff_model_isObj(c.unknown) ? c.unknown[key] : undefined,
        bs: diff_model_isObj(c.bs) ? c.bs[key] : undefined,
        as: diff_model_isObj(c.as) ? c.as[key] : undefined,
        replace: c.replace.child(key),
    };
}
function sliceChild(c, b, a, bi, ai) {
    const at = (v, i) => Array.isArray(v) && i >= 0 && i < v.length ? [v[i], true] : [undefined, false];
    const [before, beforeExplicit] = at(b ?? undefined, bi);
    const [after, afterExplicit] = at(a ?? undefined, ai);
    const relevant = b && bi >= 0 && bi < b.length ? bi : ai;
    return {
        before,
        after,
        beforeExplicit,
        afterExplicit,
        unknown: at(c.unknown, ai)[0],
        bs: at(c.bs, bi)[0],
        as: at(c.as, ai)[0],
        replace: c.replace.child(relevant),
    };
}
function asDelete(c) {
    return { ...c, afterExplicit: false, after: undefined, unknown: undefined, as: undefined };
}
function asCreate(c) {
    return { ...c, beforeExplicit: false, before: undefined, bs: undefined };
}
function jtype(v) {
    if (v === null || v === undefined)
        return 'null';
    if (Array.isArray(v))
        return 'array';
    const t = typeof v;
    return t === 'object' ? 'object' : t;
}
function diff_model_userMasked(s, m) {
    if (m.patterns.length === 0 && m.literals.length === 0)
        return false;
    return m.literals.some((l) => l !== '' && s.includes(l)) || m.patterns.some((p) => p.test(s));
}
const MASKED_VALUE = Symbol('masked');
function renderValue(v) {
    if (v === null)
        return 'null';
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    if (typeof v === 'number')
        return plainNumber(v);
    return goQuote(String(v));
}
const byteOrder = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
function sameKeys(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
/** The keys of several maps, each once, sorted; Terraform writes keys sorted, so usually no sort is needed. */
function allKeys(maps) {
    let keys;
    let seen;
    for (const m of maps) {
        if (!diff_model_isObj(m))
            continue;
        const ks = Object.keys(m);
        if (keys === undefined) {
            keys = ks;
            continue;
        }
        if (ks.length === 0)
            continue;
        if (seen === undefined) {
            const k0 = keys;
            // the common case: the same keys again (before and after of one object)
            if (sameKeys(ks, k0))
                continue;
            seen = new Set(k0);
            keys = k0.slice();
        }
        for (const k of ks)
            if (!seen.has(k)) {
                seen.add(k);
                keys.push(k);
            }
    }
    if (keys === undefined)
        return [];
    for (let i = 1; i < keys.length; i++)
        if (keys[i - 1] > keys[i])
            return keys.slice().sort(byteOrder);
    return keys;
}

;// CONCATENATED MODULE: ./src/diff-match.ts
/**
 * Matching list and set elements the way Terraform's renderer does (internal/command/jsonformat/collections),
 * for attribute values and for the lines of multi-line strings alike.
 */
/**
 * Terraform's pairing of list elements (jsonformat/collections): lists of equal length that are not a
 * reordering are compared element by element; otherwise along a longest common subsequence, with objects
 * that fall between common elements paired up as in-place changes. `process(b, a)` gets -1/out-of-range for
 * the side an element is missing from.
 */
function processSlice(before, after, process, isObject, eq) {
    if (before.length === after.length && !isReorder(before, after, eq)) {
        for (let i = 0; i < before.length; i++)
            process(i, i);
        return;
    }
    const lcs = longestCommonSubsequence(before, after, eq);
    let bi = 0;
    let ai = 0;
    let li = 0;
    while (bi < before.length || ai < after.length || li < lcs.length) {
        while (bi < before.length && (li >= lcs.length || !eq(before[bi], lcs[li]))) {
            const pair = isObject(before[bi]) &&
                ai < after.length &&
                isObject(after[ai]) &&
                (li >= lcs.length || !eq(after[ai], lcs[li]));
            if (pair) {
                process(bi++, ai++);
                continue;
            }
            process(bi++, after.length);
        }
        while (ai < after.length && (li >= lcs.length || !eq(after[ai], lcs[li])))
            process(before.length, ai++);
        if (li < lcs.length) {
            process(bi++, ai++);
            li++;
        }
    }
}
function isReorder(before, after, eq) {
    if (before.length !== after.length)
        return false;
    return before.every((b) => after.some((a) => eq(b, a)));
}
/** The longest common subsequence, with Terraform's tie-breaking (objchange.LongestCommonSubsequence). */
function longestCommonSubsequence(xs, ys, eq) {
    if (xs.length === 0 || ys.length === 0)
        return [];
    const w = xs.length;
    const c = new Int32Array(xs.length * ys.length);
    const eqs = new Uint8Array(xs.length * ys.length);
    for (let y = 0; y < ys.length; y++) {
        for (let x = 0; x < w; x++) {
            const i = w * y + x;
            if (eq(xs[x], ys[y])) {
                eqs[i] = 1;
                c[i] = x === 0 || y === 0 ? 1 : c[w * (y - 1) + (x - 1)] + 1;
            }
            else {
                const l = x > 0 ? c[i - 1] : 0;
                const u = y > 0 ? c[i - w] : 0;
                c[i] = l > u ? l : u;
            }
        }
    }
    const seq = new Array(c[c.length - 1]);
    let x = xs.length - 1;
    let y = ys.length - 1;
    let k = seq.length - 1;
    while (x > -1 && y > -1) {
        const i = w * y + x;
        if (eqs[i]) {
            seq[k--] = xs[x];
            x--;
            y--;
        }
        else {
            const l = x > 0 ? c[i - 1] : 0;
            const u = y > 0 ? c[i - w] : 0;
            if (l > u)
                x--;
            else
                y--;
        }
    }
    return seq;
}

;// CONCATENATED MODULE: ./src/diff-strings.ts



function typeChange(before, after, action, replace) {
    return {
        action,
        replace,
        render(indent, o) {
            const co = withNullSuffixOff(o);
            return `${before.render(indent, co)} -> ${after.render(indent, co)}`;
        },
    };
}
function primitive(before, after, t, action, replace, ctx) {
    // User masks: a matching value is replaced before anything renders it.
    const mask = (v) => {
        if (v === null || v === MASKED_VALUE)
            return v;
        const s = String(v);
        if (!diff_model_userMasked(s, ctx.masking))
            return v;
        ctx.masking.onSecret(s);
        return MASKED_VALUE;
    };
    const b = mask(before);
    const a = mask(after);
    return {
        action,
        replace,
        render(indent, o) {
            if (t === 'string' || b === MASKED_VALUE || a === MASKED_VALUE)
                return renderString(b, a, this.action, this.replace, indent, o, ctx);
            const bv = renderValue(b);
            const av = renderValue(a);
            const fr = forces(this.replace, o);
            switch (this.action) {
                case 'create':
                    return `${av}${fr}`;
                case 'delete':
                    return `${bv}${nullSuffix(this.action, o)}${fr}`;
                case 'noop':
                    return `${bv}${fr}`;
                default:
                    return `${bv} -> ${av}${fr}`;
            }
        },
    };
}
function evaluate(v) {
    if (v === MASKED_VALUE)
        return { text: MASKED, masked: true };
    if (v === null)
        return { text: 'null' };
    const s = String(v);
    if (s.startsWith('{') || s.startsWith('[')) {
        try {
            return { text: s, json: JSON.parse(s) };
        }
        catch {
            // not JSON
        }
    }
    if (s.includes('\n'))
        return { text: s.trim(), multiline: true };
    return { text: s };
}
const simple = (e) => (e.masked || e.text === 'null' ? e.text : goQuote(e.text));
/** Heredoc lines are user text: keep the marker characters out of them. */
const safe = (s) => s.replace(diff_model_MARK_CHARS, '\ufffd');
function renderString(before, after, action, replace, indent, o, ctx) {
    const fr = forces(replace, o);
    let lines = [];
    const heredoc = (text) => text.split('\n').map((l) => `${ind(indent + 1)}${sym('noop')}${safe(l)}`);
    if (action === 'create' || action === 'noop') {
        const s = evaluate(after);
        if (s.json !== undefined)
            return renderJsonString(action, replace, indent, o, ctx, action === 'noop' ? s : undefined, s);
        if (!s.multiline)
            return `${simple(s)}${fr}`;
        lines = heredoc(s.text);
    }
    else if (action === 'delete') {
        const s = evaluate(before);
        if (s.json !== undefined)
            return renderJsonString(action, replace, indent, o, ctx, s, undefined);
        if (!s.multiline)
            return `${simple(s)}${nullSuffix(action, o)}${fr}`;
        lines = heredoc(s.text);
    }
    else {
        const b = evaluate(before);
        const a = evaluate(after);
        if (b.json !== undefined && a.json !== undefined)
            return renderJsonString(action, replace, indent, o, ctx, b, a);
        if (b.json !== undefined || a.json !== undefined || b.masked || a.masked) {
            // One side JSON and the other not (as Terraform does), or one side masked: each side on its own.
            const bd = primitive(before, null, 'string', 'delete', false, ctx);
            const ad = primitive(null, after, 'string', 'create', false, ctx);
            return typeChange(bd, ad, action, replace).render(indent, o);
        }
        if (!b.multiline && !a.multiline)
            return `${simple(b)} -> ${simple(a)}${fr}`;
        const bl = b.text.split('\n');
        const al = a.text.split('\n');
        processSlice(bl, al, (bi, ai) => {
            if (bi < 0 || bi >= bl.length)
                lines.push(`${ind(indent + 1)}${sym('create')}${safe(al[ai])}`);
            else if (ai < 0 || ai >= al.length)
                lines.push(`${ind(indent + 1)}${sym('delete')}${safe(bl[bi])}`);
            else if (bl[bi] !== al[ai]) {
                lines.push(`${ind(indent + 1)}${sym('delete')}${safe(bl[bi])}`);
                lines.push(`${ind(indent + 1)}${sym('create')}${safe(al[ai])}`);
            }
            else
                lines.push(`${ind(indent + 1)}${sym('noop')}${safe(bl[bi])}`);
        }, () => false, (x, y) => x === y);
    }
    return `<<-EOT${fr}\n${lines.join('\n')}\n${ind(indent)}${sym('noop')}EOT${nullSuffix(action, o)}`;
}
function renderJsonString(action, replace, indent, o, ctx, before, after) {
    const c = {
        before: before?.json,
        after: after?.json,
        beforeExplicit: false,
        afterExplicit: false,
        unknown: undefined,
        bs: undefined,
        as: undefined,
        replace: Matcher.EMPTY,
    };
    const diff = ctx.transform(c, ctx, false);
    let shown = action;
    let whitespace = '';
    let fr = '';
    let jo = o;
    if (diff.action === 'noop' && action === 'update') {
        whitespace = replace ? ' # whitespace changes force replacement' : ' # whitespace changes';
        jo = withUnchanged(jo);
        shown = 'noop';
    }
    else
        fr = forces(replace, o);
    const rendered = diff.render(indent + 1, jo);
    if (action === 'create' || action === 'delete')
        shown = 'noop';
    if (rendered.includes('\n'))
        return `jsonencode(${whitespace}\n${ind(indent + 1)}${sym(shown)}${rendered}${fr}\n${ind(indent + 1)})`;
    return `jsonencode(${rendered})${whitespace}${fr}`;
}

;// CONCATENATED MODULE: ./src/diff-tree.ts




/** Transform of one value. `typed` = outside a dynamic value: replacement is marked on matching paths. */
function transform(c, ctx, typed) {
    const here = typed && c.replace.matches();
    const noReplace = !typed || c.replace.paths.length === 0;
    if (noReplace &&
        isNull(c.before) &&
        !c.beforeExplicit &&
        !isNull(c.after) &&
        plain(c.unknown) &&
        plain(c.as))
        return wholeValue(c.after, 'create', ctx);
    if (noReplace &&
        isNull(c.after) &&
        !c.afterExplicit &&
        !isNull(c.before) &&
        plain(c.bs) &&
        plain(c.unknown))
        return wholeValue(c.before, 'delete', ctx);
    if (unchangedValue(c)) {
        // Equal on both sides, nothing unknown or sensitive: a no-op whose text is only built if it is shown
        // (`id`, `name`, `tags`, context around a list change) — most unchanged values are hidden.
        let d;
        return {
            action: 'noop',
            replace: here,
            render: (i, o) => (d ??= transformFull(c, ctx, typed, here)).render(i, o),
        };
    }
    return transformFull(c, ctx, typed, here);
}
const plain = (mask) => mask === undefined || mask === false || !containsTrue(mask);
/**
 * A value created or deleted as a whole, with nothing unknown, sensitive or replacement-marked inside: printed
 * straight from the value, exactly as the generic tree would render it (every element and attribute carries
 * the same action), without building that tree — most of a large plan is creates.
 */
function wholeValue(v, action, ctx) {
    return { action, replace: false, render: (indent, o) => printWhole(v, action, indent, o, ctx) };
}
function printWhole(v, action, indent, o, ctx) {
    if (Array.isArray(v)) {
        if (v.length === 0)
            return `[]${nullSuffix(action, o)}${forces(false, o)}`;
        const eo = withNullSuffixOff(o);
        const pre = `${ind(indent + 1)}${sym(action)}`;
        let out = `[${forces(false, o)}\n`;
        for (const el of v)
            out += `${pre}${printWhole(el, action, indent + 1, eo, ctx)},\n`;
        return `${out}${ind(indent)}${sym('noop')}]${nullSuffix(action, o)}`;
    }
    if (diff_model_isObj(v)) {
        const keys = allKeys([v]);
        if (keys.length === 0)
            return `{}${nullSuffix(action, o)}${forces(false, o)}`;
        let width = 0;
        for (const k of keys) {
            const len = attrName(k).length;
            if (len > width)
                width = len;
        }
        const ao = withNullSuffixOff(o);
        const pre = `${ind(indent + 1)}${sym(action)}`;
        let out = `{${forces(false, o)}\n`;
        for (const k of keys)
            out += `${pre}${attrName(k).padEnd(width)} = ${printWhole(v[k], action, indent + 1, IMPORTANT.has(k) ? withUnchanged(ao) : ao, ctx)}\n`;
        return `${out}${ind(indent)}${sym('noop')}}${nullSuffix(action, o)}`;
    }
    let val = v;
    if (v !== null && diff_model_userMasked(String(v), ctx.masking)) {
        ctx.masking.onSecret(String(v));
        val = MASKED_VALUE;
    }
    if (typeof v === 'string' || val === MASKED_VALUE)
        return action === 'create'
            ? renderString(null, val, action, false, indent, o, ctx)
            : renderString(val, null, action, false, indent, o, ctx);
    const text = renderValue(v);
    return action === 'create'
        ? `${text}${forces(false, o)}`
        : `${text}${nullSuffix(action, o)}${forces(false, o)}`;
}
/** No change at all: same value and presence on both sides, no unknown and no sensitive marks inside. */
function unchangedValue(c) {
    if (c.beforeExplicit !== c.afterExplicit)
        return false;
    if (c.unknown !== undefined && c.unknown !== false && containsTrue(c.unknown))
        return false;
    if (c.bs !== undefined && c.bs !== false && containsTrue(c.bs))
        return false;
    if (c.as !== undefined && c.as !== false && containsTrue(c.as))
        return false;
    return diff_model_equal(c.before, c.after);
}
function transformFull(c, ctx, typed, here) {
    const sensitive = checkSensitive(c, ctx, typed, here);
    if (sensitive)
        return sensitive;
    const unknown = checkUnknown(c, ctx, typed, here);
    if (unknown)
        return unknown;
    const bt = jtype(c.before);
    const at = jtype(c.after);
    const deleted = at === 'null' && !c.afterExplicit;
    const created = bt === 'null' && !c.beforeExplicit;
    if (bt === at || created || deleted)
        return update(c, bt === 'null' ? at : bt, ctx, typed);
    const b = update(asDelete(c), bt, ctx, typed);
    const a = update(asCreate(c), at, ctx, typed);
    return typeChange(b, a, 'update', typed && c.replace.matches());
}
function update(c, t, ctx, typed) {
    const replace = typed && c.replace.matches();
    if (t === 'object')
        return object(c, ctx, typed, replace);
    if (t === 'array')
        return array(c, ctx, typed, replace);
    const beforeMissing = isNull(c.before) && !c.beforeExplicit;
    const afterMissing = isNull(c.after) && !c.afterExplicit;
    const action = beforeMissing && !afterMissing
        ? 'create'
        : !beforeMissing && afterMissing
            ? 'delete'
            : diff_model_equal(c.before ?? null, c.after ?? null)
                ? 'noop'
                : 'update';
    return primitive(c.before ?? null, c.after ?? null, t, action, replace, ctx);
}
function checkSensitive(c, ctx, typed, replace) {
    const bs = c.bs === true;
    const as = c.as === true;
    if (!bs && !as)
        return undefined;
    for (const v of [c.before, c.after])
        for (const s of scalars(v ?? null))
            ctx.masking.onSecret(s);
    const inner = transform({ ...c, bs: false, as: false }, ctx, typed);
    let action = inner.action;
    const nullNoOp = isNull(c.before) && !c.beforeExplicit && isNull(c.after) && !c.afterExplicit;
    if (action === 'noop' && bs !== as && !nullNoOp)
        action = 'update';
    return {
        action,
        replace,
        render(_indent, o) {
            return `${SENSITIVE}${nullSuffix(this.action, o)}${forces(this.replace, o)}`;
        },
        warnings(indent) {
            if (bs === as || inner.action === 'create' || inner.action === 'delete')
                return [];
            const w = bs
                ? `  # Warning: this attribute value will no longer be marked as sensitive\n${ind(indent)}  # after applying this change.`
                : `  # Warning: this attribute value will be marked as sensitive and will not\n${ind(indent)}  # display in UI output after applying this change.`;
            return [inner.action === 'noop' ? `${w} The value is unchanged.` : w];
        },
    };
}
function checkUnknown(c, ctx, typed, replace) {
    if (c.unknown !== true)
        return undefined;
    const known = { ...c, afterExplicit: true };
    if (isNull(known.before)) {
        return { action: 'create', replace, render: (_i, o) => `${UNKNOWN}${forces(replace, o)}` };
    }
    const before = transform({ ...asDelete(known), unknown: false }, ctx, typed);
    return {
        action: 'update',
        replace,
        render(indent, o) {
            const bo = opts(o, { overrideNullSuffix: true, forbidForcesReplacement: replace });
            return `${before.render(indent, bo)} -> ${UNKNOWN}${forces(replace, o)}`;
        },
    };
}
function object(c, ctx, typed, replace) {
    const b = diff_model_isObj(c.before) ? c.before : undefined;
    const a = diff_model_isObj(c.after) ? c.after : undefined;
    let action = b && !a ? 'delete' : !b && a ? 'create' : 'noop';
    const attrs = new Map();
    for (const k of allKeys([b, a, c.unknown, c.as, c.bs])) {
        const d = transform(mapChild(c, k), ctx, typed);
        attrs.set(k, d);
        action = compareActions(action, d.action);
    }
    return { action, replace, render: (indent, o) => renderObject(attrs, action, replace, indent, o, true) };
}
function renderObject(attrs, action, replace, indent, o, overrideNullSuffix) {
    if (attrs.size === 0)
        return `{}${nullSuffix(action, o)}${forces(replace, o)}`;
    const ao = overrideNullSuffix ? withNullSuffixOff(o) : opts(o, { overrideNullSuffix: false });
    let width = 0;
    const names = new Map();
    for (const k of attrs.keys()) {
        const n = attrName(k);
        names.set(k, n);
        if (n.length > width)
            width = n.length;
    }
    let hidden = 0;
    let out = `{${forces(replace, o)}\n`;
    for (const [k, d] of attrs) {
        const important = IMPORTANT.has(k);
        if (!important && d.action === 'noop' && !o.showUnchanged) {
            hidden++;
            continue;
        }
        for (const w of d.warnings?.(indent + 1) ?? [])
            out += `${ind(indent + 1)}${w}\n`;
        const co = important ? withUnchanged(ao) : ao;
        out += `${ind(indent + 1)}${sym(d.action)}${names.get(k).padEnd(width)} = ${d.render(indent + 1, co)}\n`;
    }
    if (hidden)
        out += `${ind(indent + 1)}${sym('noop')}${unchanged('attribute', hidden)}\n`;
    return `${out}${ind(indent)}${sym('noop')}}${nullSuffix(action, o)}`;
}
function array(c, ctx, typed, replace) {
    const b = Array.isArray(c.before) ? c.before : null;
    const a = Array.isArray(c.after) ? c.after : null;
    let action = b && !a ? 'delete' : !b && a ? 'create' : 'noop';
    const elements = [];
    processSlice(b ?? [], a ?? [], (bi, ai) => {
        const d = transform(sliceChild(c, b, a, bi, ai), ctx, typed);
        elements.push(d);
        action = compareActions(action, d.action);
    }, (v) => diff_model_isObj(v), diff_model_equal);
    return { action, replace, render: (indent, o) => renderList(elements, action, replace, indent, o) };
}
function renderList(elements, action, replace, indent, o) {
    if (elements.length === 0)
        return `[]${nullSuffix(action, o)}${forces(replace, o)}`;
    const eo = withNullSuffixOff(o);
    const uo = withUnchanged(o);
    let pending = [];
    let renderNext = false;
    let out = `[${forces(replace, o)}\n`;
    for (const e of elements) {
        if (e.action === 'noop' && !renderNext && !o.showUnchanged) {
            pending.push(e);
            continue;
        }
        renderNext = false;
        let opts = eo;
        // Context: the unchanged element just before a change, and the one just after it.
        if (pending.length > 1)
            out += `${ind(indent + 1)}${sym('noop')}${unchanged('element', pending.length - 1)}\n`;
        if (pending.length > 0) {
            const last = pending[pending.length - 1];
            out += `${ind(indent + 1)}${sym(last.action)}${last.render(indent + 1, uo)},\n`;
        }
        pending = [];
        if (e.action === 'noop')
            opts = uo;
        else
            renderNext = true;
        for (const w of e.warnings?.(indent + 1) ?? [])
            out += `${ind(indent + 1)}${w}\n`;
        out += `${ind(indent + 1)}${sym(e.action)}${e.render(indent + 1, opts)},\n`;
    }
    if (pending.length)
        out += `${ind(indent + 1)}${sym('noop')}${unchanged('element', pending.length)}\n`;
    return `${out}${ind(indent)}${sym('noop')}]${nullSuffix(action, o)}`;
}
function attributeLevel(c, ctx) {
    const replace = c.replace.matches();
    return (checkSensitive(c, ctx, false, replace) ?? checkUnknown(c, ctx, false, replace));
}

;// CONCATENATED MODULE: ./src/diff.ts



// ---------------------------------------------------------------------------------------------------------
// Resources
/** Attributes of dynamic type, which Terraform renders without replacement marks. */
const DYNAMIC = {
    terraform_data: new Set(['input', 'output', 'triggers_replace']),
};
/**
 * The body of a resource's diff as Terraform prints it between `resource "type" "name" {` and `}`, one
 * entry per line, with Terraform's indentation (attributes at four spaces plus the symbol column). Empty when
 * there is nothing to show.
 */
function resourceBody(type, change, masking) {
    const marked = markedBody(type, change, masking);
    return marked === '' ? [] : marked.replace(MARK_CHARS, (m) => SYMBOL_OF[m]).split('\n');
}
/**
 * The same body for a ```diff block: each line's symbol moved to the first column (where GitHub colours
 * `+` and `-` lines), the nesting kept after it.
 */
function resourceDiffLines(type, change, masking) {
    const text = resourceDiffText(type, change, masking);
    return text === '' ? [] : text.split('\n');
}
/**
 * resourceDiffLines joined by newlines, made in one pass over the text. A line is indentation, then (the
 * renderer writes it so) its one symbol marker, or none at all.
 */
function resourceDiffText(type, change, masking) {
    return markedBody(type, change, masking).replace(DISPLAY_LINE, toDisplay);
}
/**
 * True when resourceDiffText is certainly not empty, known without building it: the whole object is sensitive
 * (one line), or `before` or `after` has an attribute with a value — markedBody keeps every such attribute, and
 * renderBlock writes a line for it or counts it in "# (N unchanged attributes hidden)".
 */
function hasDiffText(change) {
    if (change.before_sensitive === true || change.after_sensitive === true)
        return true;
    return someValue(change.before) || someValue(change.after);
}
const someValue = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).some((x) => x !== null);
// eslint-disable-next-line no-control-regex -- the markers are control characters on purpose (never in output)
const DISPLAY_LINE = /^ {4}(?: ( *)([\u0001-\u0004]))?/gm;
const toDisplay = (_, spaces, mark) => mark === undefined ? '' : `${diff_model_SYMBOL_OF[mark]}${spaces} `;
function markedBody(type, change, masking) {
    const ctx = { masking, transform: transform };
    const dynamic = DYNAMIC[type ?? ''];
    const top = {
        before: change.before ?? undefined,
        after: change.after ?? undefined,
        beforeExplicit: false,
        afterExplicit: false,
        unknown: change.after_unknown,
        bs: change.before_sensitive,
        as: change.after_sensitive,
        replace: new Matcher((change.replace_paths ?? [])),
    };
    if (top.bs === true || top.as === true) {
        for (const v of [top.before, top.after])
            for (const s of scalars(v ?? null))
                masking.onSecret(s);
        return `    ${sym('noop')}# (the whole object is sensitive)`;
    }
    const attrs = new Map();
    for (const k of allKeys([top.before, top.after, top.unknown])) {
        const child = mapChild(top, k);
        child.beforeExplicit = false;
        child.afterExplicit = false;
        const typed = !dynamic?.has(k);
        let d;
        if (!typed && (child.bs === true || child.as === true || child.unknown === true)) {
            // Sensitive/unknown are decided at the attribute (with Terraform's legacy empty-string rule for the
            // value shown before "(known after apply)"); the value inside is a dynamic one.
            if (child.unknown === true && child.before === '' && child.bs !== true && child.as !== true) {
                const replace = child.replace.matches();
                d = { action: 'update', replace, render: (_i, o) => `null -> ${UNKNOWN}${forces(replace, o)}` };
            }
            else
                d = attributeLevel(child, ctx);
        }
        else
            d = transform(child, ctx, typed);
        if (d.action === 'noop' && isNull(child.before) && isNull(child.after))
            continue;
        attrs.set(k, d);
    }
    if (attrs.size === 0)
        return '';
    return renderBlock(attrs, 0);
}
/** Terraform's block renderer, attributes only (the JSON plan has no schema to tell blocks apart). */
function renderBlock(attrs, indent) {
    let width = 0;
    for (const k of attrs.keys())
        width = Math.max(width, attrName(k).length);
    let hidden = 0;
    let out = '';
    for (const [k, d] of attrs) {
        const important = IMPORTANT.has(k);
        if (!important && d.action === 'noop') {
            hidden++;
            continue;
        }
        for (const w of d.warnings?.(indent + 1) ?? [])
            out += `${ind(indent + 1)}${w}\n`;
        const o = important ? withUnchanged(diff_model_BASE) : diff_model_BASE;
        const name = important ? k : attrName(k);
        out += `${ind(indent + 1)}${sym(d.action)}${name.padEnd(width)} = ${d.render(indent + 1, o)}\n`;
    }
    if (hidden)
        out += `${ind(indent + 1)}${sym('noop')}${unchanged('attribute', hidden)}\n`;
    return out.slice(0, -1);
}
// ---------------------------------------------------------------------------------------------------------
// Outputs
function outputDiff(change, masking) {
    const c = {
        before: change.before ?? undefined,
        after: change.after ?? undefined,
        beforeExplicit: false,
        afterExplicit: false,
        unknown: change.after_unknown,
        bs: change.before_sensitive,
        as: change.after_sensitive,
        replace: Matcher.EMPTY,
    };
    return transform(c, { masking, transform: transform }, false);
}
/** An output's value as Terraform prints it after `name = ` under "Changes to Outputs:". */
function outputValueText(change, masking) {
    return outputDiff(change, masking)
        .render(0, BASE)
        .replace(MARK_CHARS, (m) => SYMBOL_OF[m]);
}
/**
 * The same for the report: one line (for inline code) when Terraform prints one, else a ```diff block body
 * shaped like a resource's, `name = …` first.
 */
function outputDisplay(name, change, masking) {
    const d = outputDiff(change, masking);
    const text = d.render(1, diff_model_BASE);
    if (!text.includes('\n'))
        return { inline: text };
    return { block: `${ind(1)}${sym(d.action)}${attrName(name)} = ${text}`.replace(DISPLAY_LINE, toDisplay) };
}

;// CONCATENATED MODULE: ./src/report-titles.ts
/**
 * The pieces every part of the report repeats: a change's title (symbol, address, what happens, why), each
 * built once and reused at every detail level and in both the comment and the job summary; plan names in
 * multi-plan input; counted nouns.
 */

const SYMBOL = {
    create: '+',
    update: '~',
    delete: '-',
    replace: '-/+',
    'replace-cbd': '+/-',
    'replace-forget': '+/.',
    forget: '.',
    read: '<=',
    'no-op': ' ',
    other: '?',
};
const VERB = {
    create: 'create',
    update: 'update in place',
    delete: 'destroy',
    replace: 'replace (destroy, then create)',
    'replace-cbd': 'replace (create before destroy)',
    'replace-forget': 'replace (the old object is forgotten)',
    forget: 'forget (not destroyed)',
    read: 'read during apply',
    'no-op': 'no change',
    other: 'unrecognised action',
};
/** Reason text marks code with backticks; each part is escaped, code parts become code. */
function reasonInline(reason) {
    return new Inline(reason.split('`').map((part, i) => (i % 2 ? code(part) : { text: part })));
}
/** The reason as inline markdown (for callers outside an HTML block). */
function reasonMarkdown(reason) {
    return reasonInline(reason).md;
}
/** A plan's name in multi-plan input: its Terragrunt module folder, else "plan N"; undefined for one plan. */
function planName(p) {
    return p.index === undefined ? undefined : (p.label ?? `plan ${p.index}`);
}
function planPrefix(name) {
    return name === undefined ? '' : `${name}: `;
}
/** "create · moved from x · imported (id)" */
function describe(c) {
    const facts = [];
    if (c.kind !== 'no-op')
        facts.push(once('text', VERB[c.kind], (v) => inline `${v}`));
    if (c.movedFrom)
        facts.push(inline `moved from ${code(c.movedFrom)}`);
    if (c.importing)
        facts.push(c.importId ? inline `imported from ${code(c.importId)}` : inline `imported`);
    return new Inline(facts.flatMap((f, i) => (i ? [{ trusted: ' · ' }, f] : [f])));
}
function symbolOf(c) {
    if (c.kind === 'no-op')
        return c.importing ? '<-' : '->';
    return SYMBOL[c.kind];
}
const titles = new WeakMap();
/**
 * The title of a change, built once: it appears at every level, in the destructive block and the list (markdown)
 * and as the <summary> of its diff (HTML), each rendering computed once.
 */
function changeTitle(c, index) {
    let t = titles.get(c);
    if (t === undefined)
        titles.set(c, (t = renderTitle(c, index)));
    return t;
}
/**
 * Escaped forms of the few strings every title repeats (symbols, verbs, plan prefixes, reason sentences),
 * computed once each: escaping runs six regex passes, and a title used to run them five or six times.
 */
const escapedOnce = new Map();
function once(kind, text, escape) {
    const key = `${kind}\0${text}`;
    let e = escapedOnce.get(key);
    if (e === undefined)
        escapedOnce.set(key, (e = escape(text)));
    return e;
}
function renderTitle(c, index) {
    const reason = c.reason ? inline ` — ${once('reason', c.reason, reasonInline)}` : inline ``;
    return inline `${once('code', symbolOf(c), code)} ${once('text', planPrefix(index), (p) => inline `${p}`)}${code(c.address)} ${describe(c)}${reason}`;
}
/** "1 object", "2 objects" */
function n(count, one, many) {
    return `${(0,report_document/* thousands */.oh)(count)} ${count === 1 ? one : many}`;
}

;// CONCATENATED MODULE: ./src/report-sections.ts
/**
 * The report's sections, each a list that renderDocument degrades as the size limit requires (full diffs ->
 * changed attribute names -> addresses -> counts): risks and destructive changes above the fold, checks and
 * warnings, resource changes, output changes, and drift in its own collapsed section.
 */






/**
 * Rendered items by level: renderDocument re-renders sections while it degrades them, and the comment and the
 * job summary render the same items, so each item is rendered at most once per level.
 */
const renderedItems = new WeakMap();
function cached(section, it, level, render) {
    const key = it.item ?? it;
    let entry = renderedItems.get(key);
    if (!entry)
        renderedItems.set(key, (entry = {}));
    return (entry[`${section}:${level}`] ??= render(it, level));
}
/** Like the shared itemsSection, with a separator per level (details blocks need blank lines between them). */
function listSection(o) {
    const wrap = o.wrap ?? ((b) => b);
    const cost = o.wrapCost ?? 0;
    return {
        render(level, maxChars) {
            if (o.items.length === 0)
                return { text: '' };
            // The list-level lines, measured (and cached for the list pass) only until they exceed the room.
            const overflowsAtList = (room) => {
                let size = 0;
                for (const it of o.items) {
                    size += cached(o.what, it, 'list', o.render).length + 1;
                    if (size > room - 60)
                        return true;
                }
                return false;
            };
            const head = o.heading ? `${o.heading}\n\n` : '';
            if (level === 'counts') {
                const text = wrap(`${head}${o.counts()}`);
                return text.length <= maxChars
                    ? { text, omitted: `the list of ${o.what}` }
                    : { text: '', omitted: `the list of ${o.what}`, truncated: true };
            }
            const room = maxChars - head.length - cost;
            if (level !== 'list' && overflowsAtList(room)) {
                // Even one line per item will not fit, so renderDocument is bound to end this section at `list`:
                // skip building diffs it would throw away, and just ask to be degraded.
                return { text: wrap(head), omitted: `${o.what} beyond the size limit`, truncated: true };
            }
            const sep = level === 'full' ? '\n\n' : '\n';
            const view = level === 'full' && o.early && !o.wrap && maxChars > 0 ? o.early.view() : undefined;
            const stop = view && o.early
                ? earlyStop(o.items, o.early.lowerBound, view, maxChars, head.length, sep)
                : undefined;
            const items = (function* () {
                let len = 0; // the items so far joined, as joinWithin joins them (each one it asks for fitted)
                for (const [k, it] of o.items.entries()) {
                    if (stop?.(k, len))
                        return; // joinWithin then ends the list with "…and N more" and marks it truncated
                    const text = cached(o.what, it, level, o.render);
                    len += (k ? sep.length : 0) + text.length;
                    yield text;
                }
            })();
            const r = (0,report_document/* joinWithin */.Uo)(items, o.items.length, room, o.what, sep);
            const levelNote = level === 'full' ? undefined : o.leavesOut[level];
            const omitted = [levelNote, r.omitted].filter((x) => !!x).join(', and ');
            return {
                text: wrap(head + r.text),
                ...(omitted ? { omitted } : {}),
                ...(r.truncated ? { truncated: true } : {}),
            };
        },
    };
}
/**
 * Before the k-th item, with the first k joined into `len` characters: true when rendering the rest at `full`
 * can be skipped (report-pass.ts says why that changes nothing): (1) the list is certainly truncated — its
 * length so far plus a lower bound of the rest exceeds what joinWithin fits; (2) the text so far, heading
 * included, is longer than every earlier candidate and (3) long enough that no later section can be longer.
 */
function earlyStop(items, lowerBound, view, maxChars, headLength, sep) {
    const room = maxChars - headLength - 60; // joinWithin's tailReserve
    let suffix; // suffix[k]: lower bound of items k.. with a separator before each
    let earlier;
    return (k, len) => {
        const text = headLength + len;
        if (text < view.laterBound || 2 * text < maxChars + view.laterBound)
            return false;
        if (!suffix) {
            suffix = new Array(items.length + 1).fill(0);
            for (let i = items.length - 1; i >= 0; i--)
                suffix[i] = suffix[i + 1] + sep.length + lowerBound(items[i]);
        }
        const rest = suffix[k] - (k === 0 ? sep.length : 0);
        if (len + rest <= room)
            return false;
        earlier ??= view.earlierCandidate();
        return text > earlier;
    };
}
function countsSentence(c) {
    const parts = [];
    if (c.destroy)
        parts.push(`${c.destroy} to destroy`);
    if (c.replace)
        parts.push(`${c.replace} to replace`);
    if (c.forget)
        parts.push(`${c.forget} to forget`);
    return parts.join(', ') || 'none';
}
const RISK_VERB = {
    create: 'create',
    update: 'update',
    delete: 'destroy',
    replace: 'replace',
};
/** Above the fold: what the risk rules call out, one line per rule and resource. */
function riskSection(plans) {
    const items = plans.flatMap((p) => p.risks.map((item) => ({ item, index: planName(p) })));
    return listSection({
        heading: `#### ⚠️ Needs a careful look (${items.length})`,
        items,
        render: ({ item, index }) => `- **${escapeMarkdown(item.title)}**: ${escapeMarkdown(planPrefix(index))}${inlineCode(item.address)} (${RISK_VERB[item.action]})`,
        counts: () => `${n(items.length, 'change needs', 'changes need')} a careful look.`,
        what: 'risky changes',
        leavesOut: {},
    });
}
function destructiveSection(plans) {
    const items = plans.flatMap((p) => p.destructive.map((item) => ({ item, index: planName(p) })));
    const n = items.length;
    return listSection({
        heading: `#### ⚠️ Destructive changes (${n})`,
        items,
        render: ({ item, index }) => `- ${changeTitle(item, index).md}`,
        counts: () => countsSentence(totalCounts(plans)),
        what: 'destructive changes',
        leavesOut: {},
    });
}
function changesSection(plans, ctx, view = () => undefined) {
    const items = plans.flatMap((p) => p.changes.map((item) => ({ item, index: planName(p) })));
    return listSection({
        heading: `#### Resource changes (${items.length})`,
        items,
        render: ({ item, index }, level) => {
            const title = changeTitle(item, index);
            if (level === 'list')
                return `- ${title.md}`;
            if (item.kind === 'delete' || item.kind === 'forget')
                return `- ${title.md}`;
            if (level === 'condensed' || !ctx.showValues) {
                const names = changedTopLevel(item.raw.change ?? {});
                if (names.length === 0)
                    return `- ${title.md}`;
                const shown = names
                    .slice(0, 20)
                    .map((x) => inlineCode(x))
                    .join(', ');
                return `- ${title.md}: ${shown}${names.length > 20 ? ` and ${names.length - 20} more` : ''}`;
            }
            const text = resourceDiffText(item.raw.type, item.raw.change ?? {}, ctx.masking);
            if (text === '')
                return `- ${title.md}`;
            // The title is the <summary> of an HTML block, where markdown is not parsed: it renders as HTML there.
            return details(title, codeBlock(text, 'diff'));
        },
        counts: () => planLine(totalCounts(plans)),
        early: {
            view,
            // `full` is `- title` (as `list`), or, when there is a diff, details(title, codeBlock(diff)): at least 54
            // characters of markup around the title's HTML, which holds <code>address</code> (13 + the address on one
            // line).
            lowerBound: ({ item, index }) => {
                const list = 2 + changeTitle(item, index).md.length;
                if (item.kind === 'delete' || item.kind === 'forget' || !ctx.showValues)
                    return list;
                const details = 67 + item.address.length - (item.address.split('\r\n').length - 1);
                return hasDiffText(item.raw.change ?? {}) ? details : Math.min(list, details);
            },
        },
        what: 'resource changes',
        leavesOut: {
            condensed: 'attribute values (only changed attribute names are listed)',
            list: 'attribute diffs (only addresses are listed)',
        },
    });
}
function outputsSection(plans, ctx) {
    const items = plans.flatMap((p) => p.outputs.map((item) => ({ item, index: planName(p) })));
    return listSection({
        heading: `#### Output changes (${items.length})`,
        items,
        render: ({ item, index }, level) => {
            const title = `- ${inlineCode(SYMBOL[item.kind])} ${escapeMarkdown(planPrefix(index))}${inlineCode(`output.${item.name}`)}`;
            if (level !== 'full' || !ctx.showValues)
                return title;
            // Terraform's own rendering of the value: one line inline, anything longer as a diff block
            const shown = outputDisplay(item.name, item.change, ctx.masking);
            if (shown.inline !== undefined)
                return `${title}: ${inlineCode(shown.inline.length > 300 ? `${shown.inline.slice(0, 300)}…` : shown.inline)}`;
            return `${title}\n\n${codeBlock(shown.block, 'diff')}\n`;
        },
        counts: () => `${n(items.length, 'output value changes', 'output values change')}.`,
        what: 'output changes',
        leavesOut: { condensed: 'output values', list: 'output values' },
    });
}
function checksSection(plans) {
    const items = [];
    for (const p of plans) {
        const pre = escapeMarkdown(planPrefix(planName(p)));
        for (const w of p.warnings)
            items.push({ icon: '⚠️', text: `${pre}${escapeMarkdown(w)}` });
        for (const c of p.checks) {
            const msg = c.messages.length ? `: ${c.messages.map(escapeMarkdown).join('; ')}` : '';
            items.push({
                icon: c.status === 'unknown' ? '❔' : '❌',
                text: `${pre}check ${inlineCode(c.address)} **${escapeMarkdown(c.status)}**${msg}`,
            });
        }
    }
    return listSection({
        heading: `#### Checks and warnings (${items.length})`,
        items,
        render: (n) => `- ${n.icon} ${n.text}`,
        counts: () => `${n(items.length, 'failing check or warning', 'failing checks or warnings')}.`,
        what: 'checks and warnings',
        leavesOut: {},
    });
}
function driftSection(plans, ctx) {
    const items = plans.flatMap((p) => p.drift.map((item) => ({ item, index: planName(p) })));
    const summary = `Changed outside Terraform (${(0,report_document/* thousands */.oh)(items.length)})`;
    const open = `<details><summary>${summary}</summary>\n\n`;
    const close = '\n\n</details>';
    return listSection({
        heading: '',
        items,
        render: ({ item, index }, level) => {
            const moved = item.movedFrom ? ` · moved from ${inlineCode(item.movedFrom)}` : '';
            const title = `${inlineCode(SYMBOL[item.kind])} ${escapeMarkdown(planPrefix(index))}${inlineCode(item.address)} ${escapeMarkdown(item.kind === 'delete' ? 'deleted outside Terraform' : item.kind === 'no-op' ? 'unchanged' : 'changed')}${moved}`;
            if (level === 'list' || item.diffs.length === 0)
                return `- ${title}`;
            if (level === 'condensed' || !ctx.showValues)
                return `- ${title}: ${changedNames(item.diffs)
                    .slice(0, 20)
                    .map((x) => inlineCode(x))
                    .join(', ')}`;
            return `- ${title}\n\n${codeBlock(diffLines(item.diffs).join('\n'), 'diff')}`;
        },
        counts: () => `${n(items.length, 'object', 'objects')} changed outside Terraform.`,
        what: 'drifted objects',
        leavesOut: { condensed: 'drift values', list: 'drift details' },
        wrap: (body) => `${open}${body}${close}`,
        wrapCost: open.length + close.length,
    });
}

;// CONCATENATED MODULE: ./src/report.ts
/**
 * The plan report (PR comment and job summary): counts above the fold, a destructive block, per-resource
 * collapsible diffs, outputs, checks and warnings, and drift in its own collapsed section. Built on the shared
 * renderDocument budget, so it degrades full diffs -> changed attribute names -> addresses -> counts, and says
 * what it left out. Every untrusted string (addresses, names, messages) goes through the shared escaper.
 *
 * Here: the document (title, headline, counts table, failure, footer) and its size budget, for the comment and
 * the job summary alike; the sections are in report-sections.ts, the titles they share in report-titles.ts.
 */






function titleLine(plans, ctx) {
    const failed = ctx.failure !== undefined || plans.some((p) => p.errored);
    const icon = failed
        ? '❌'
        : plans.some((p) => p.destructive.length || p.risks.length)
            ? '⚠️'
            : plans.some((p) => p.hasChanges)
                ? '📝'
                : '✅';
    const ws = ctx.workspace === 'default' ? '' : ` · workspace ${inlineCode(ctx.workspace)}`;
    const label = ctx.label ? ` · ${escapeMarkdown(ctx.label)}` : '';
    return `### ${icon} Terraform plan${failed ? ' failed' : ''}: ${inlineCode(ctx.path)}${ws}${label}`;
}
function headline(plans) {
    const t = totalCounts(plans);
    const mode = plans.find((p) => p.mode !== 'normal')?.mode;
    const lines = [];
    const resources = t.import + t.add + t.change + t.destroy + t.move + t.forget + t.other + t.invoke > 0;
    if (mode === 'refresh-only') {
        lines.push(t.drift
            ? `**Refresh-only plan:** ${n(t.drift, 'object', 'objects')} changed outside Terraform; applying updates the state to match.`
            : '**Refresh-only plan:** no changes outside Terraform.');
    }
    else if (resources) {
        lines.push(`**${planLine(t)}**${mode === 'destroy' ? ' (destroy mode)' : ''}`);
    }
    else if (t.outputs) {
        lines.push(`**No resource changes;** ${n(t.outputs, 'output value changes', 'output values change')} (applying saves ${t.outputs === 1 ? 'it' : 'them'}).`);
    }
    else if (t.read) {
        lines.push('**No resource changes;** data sources will be read during apply.');
    }
    else {
        lines.push('**No changes.** Your infrastructure matches the configuration.');
    }
    const also = [];
    const cbd = plans.reduce((n, p) => n + p.changes.filter((c) => c.kind === 'replace-cbd').length, 0);
    if (t.replace)
        also.push(`${t.replace} replaced${cbd ? ` (${cbd} create-before-destroy)` : ''}`);
    if (t.move)
        also.push(`${t.move} moved`);
    if (t.forget)
        also.push(`${t.forget} forgotten (not destroyed)`);
    if (t.read)
        also.push(`${t.read} read during apply`);
    if (t.outputs && resources)
        also.push((0,report_document/* plural */.LS)(t.outputs, 'output change'));
    if (t.other)
        also.push(`${t.other} with unrecognised actions`);
    if (also.length)
        lines.push(`Also: ${also.join(', ')}.`);
    return lines.join(' ');
}
const COLUMNS = [
    ['add', 'add'],
    ['change', 'change'],
    ['destroy', 'destroy'],
    ['import', 'import'],
    ['replace', 'replace'],
    ['move', 'move'],
    ['forget', 'forget'],
    ['read', 'read'],
    ['outputs', 'outputs'],
    ['drift', 'drift'],
];
function countsTable(plans) {
    const row = (c) => COLUMNS.map(([k]) => String(c[k]));
    if (plans.length === 1)
        return table(COLUMNS.map(([, h]) => h), [row(plans[0].counts)]);
    const rows = plans.map((p) => [escapeMarkdown(planName(p) ?? ''), ...row(p.counts)]);
    rows.push(['**total**', ...row(totalCounts(plans)).map((x) => `**${x}**`)]);
    return table(['', ...COLUMNS.map(([, h]) => h)], rows);
}
function failureBlock(ctx) {
    if (!ctx.failure)
        return '';
    const text = ctx.failure.text.length > 20_000 ? `${ctx.failure.text.slice(0, 20_000)}\n…` : ctx.failure.text;
    return `**${inlineCode(`terraform ${ctx.failure.stage}`)} failed:**\n\n${codeBlock(text || '(no output)')}`;
}
/** "the step outputs `a` and `b` name the full plan files, …", for the outputs that are set. */
function filesSentence(outputs) {
    if (outputs.length === 0)
        return 'the job summary has the full report.';
    const names = outputs.map((o) => `\`${o}\``);
    const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    return outputs.length === 1
        ? `the step output ${list} names the full plan file, which a later step can upload as an artifact.`
        : `the step outputs ${list} name the full plan files, which a later step can upload as an artifact.`;
}
function renderReport(plans, ctx, limit, measure, 
/** Let the changes section stop building diffs that cannot fit (report-pass.ts); off only to compare. */
earlyStop = true) {
    const header = [
        titleLine(plans, ctx),
        failureBlock(ctx),
        plans.length ? headline(plans) : '',
        plans.length ? countsTable(plans) : '',
    ]
        .filter((x) => x !== '')
        .join('\n\n');
    const footerParts = [];
    if (ctx.planHash)
        footerParts.push(`plan hash ${inlineCode(ctx.planHash)}`);
    const versions = [...new Set(plans.map((p) => p.terraformVersion).filter((v) => !!v))];
    if (versions.length)
        footerParts.push(`Terraform ${versions.map(escapeMarkdown).join(', ')}`);
    const runLink = ctx.runUrl ? escape_link('workflow run', ctx.runUrl).md : undefined;
    if (runLink)
        footerParts.push(runLink);
    const where = ctx.target === 'comment'
        ? `The full report is in the job summary${runLink ? ` of the ${runLink}` : ''}; `
        : '';
    // The changes section may stop building diffs that cannot fit (report-pass.ts); it is the fourth.
    const pass = new PassTracker([
        riskSection(plans),
        destructiveSection(plans),
        checksSection(plans),
        changesSection(plans, ctx, () => (earlyStop ? pass.view(3) : undefined)),
        outputsSection(plans, ctx),
        driftSection(plans, ctx),
    ]);
    const doc = {
        header,
        sections: pass.tracked(),
        omittedNote: (omitted) => `_Left out to fit GitHub's size limit: ${omitted.join('; ')}. ${where}${filesSentence(ctx.planFiles)}_`,
        ...(footerParts.length ? { footer: `<sub>${footerParts.join(' · ')}</sub>` } : {}),
    };
    // Sections budget in characters. For a byte limit (the job summary), render in characters and shrink the
    // budget until the bytes fit, so multi-byte text (—, …, emoji) never forces the last-resort cut.
    let budget = limit;
    for (let i = 0;; i++) {
        const r = (0,report_document/* renderDocument */.yQ)(doc, budget);
        const size = measure ? measure(r.text) : r.text.length;
        if (size <= limit || i === 3) {
            if (size <= limit)
                return r;
            pass.chars = false; // renderDocument now measures in `measure` (bytes): no early stop
            return (0,report_document/* renderDocument */.yQ)(doc, limit, measure);
        }
        budget = Math.floor((budget * limit) / size) - 1024;
    }
}
/**
 * The PR comment and the job summary of a run, from the same result: the comment leaves room for the sticky
 * marker the comment helper puts in front, the summary is measured in bytes. Known secrets are cleaned out.
 */
function renderReports(r, about, clean) {
    const { files, failure } = r;
    const base = {
        ...about,
        planHash: r.hash,
        planFiles: [
            ...(files.plan ? ['plan-file'] : []),
            ...(files.json ? ['json-plan-file'] : []),
            ...(files.text ? ['text-plan-file'] : []),
        ],
        ...(failure ? { failure: { stage: failure.stage, text: clean(failure.text) } } : {}),
    };
    const comment = clean(renderReport(r.summaries, { ...base, target: 'comment' }, report_document/* COMMENT_LIMIT */.W$ - 300).text);
    const summary = clean(renderReport(r.summaries, { ...base, target: 'summary' }, report_document/* SUMMARY_LIMIT */.Jt - 4096, report_document/* utf8Bytes */.dy).text);
    return { comment, summary };
}

;// CONCATENATED MODULE: ./src/secret-keeper.ts
/**
 * What this action keeps out of its own writing:
 * - `known`: values known up front (token, hash salt, mask-env values, sensitive variables); everything the
 *   action writes (comment, summary, error text) is redacted of them and of the user's mask patterns;
 * - `hide()`: every value hidden from the report (sensitive leaves, masked values) is registered with the
 *   runner's log masker, up to a cap, so a plan with 50,000 secrets cannot flood the log.
 */

/** Hidden values registered with the runner's masker at most (each also in a few encodings). */
const MAX_REGISTERED = 2000;
function createSecretKeeper(register, logger, patterns, max = MAX_REGISTERED) {
    const known = new Set();
    const registered = new Set();
    let capNoted = false;
    const global = patterns.map((p) => new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`));
    return {
        known,
        hide(value, isKnown = false) {
            // Booleans, numbers and very short strings would mask unrelated text everywhere; they are still never rendered.
            if (value.trim().length < 4 || /^(true|false|null|-?\d+(\.\d+)?)$/.test(value))
                return;
            if (isKnown)
                known.add(value);
            if (registered.has(value))
                return;
            if (registered.size >= max) {
                if (!capNoted)
                    logger.debug(`more than ${max} hidden values: the rest are not registered with the log masker`);
                capNoted = true;
                return;
            }
            registered.add(value);
            register(value);
        },
        clean(text) {
            let out = known.size ? (0,secrets/* redact */.E$)(text, known) : text;
            for (const p of global)
                out = out.replace(p, '***');
            return out;
        },
    };
}
/**
 * The run's keeper and the report's masking rules, set up before terraform prints anything: the token, hash
 * salt and key and the `mask-env` values are known up front; `mask-patterns` apply to everything written.
 */
function keepSecrets(inputs, env, register, logger) {
    const patterns = (inputs.maskPatterns ?? []).map((p) => new RegExp(p));
    const keeper = createSecretKeeper(register, logger, patterns);
    for (const v of [inputs.githubToken, inputs.hashSalt, inputs.hashKey])
        if (v)
            keeper.hide(v, true);
    const literals = (inputs.maskEnv ?? []).flatMap((name) => (env[name] ? [env[name]] : []));
    for (const v of literals)
        keeper.hide(v, true);
    return { keeper, masking: { patterns, literals, onSecret: (v) => keeper.hide(v) } };
}

;// CONCATENATED MODULE: ./src/main.ts








async function main(rt) {
    const { context, logger } = rt;
    // 1. Config: every input checked, secrets known before terraform prints anything, rules read, paths confined.
    const inputs = rt.inputs(spec, crossCheck);
    const { keeper, masking } = keepSecrets(inputs, rt.env, (v) => rt.secret(v), logger);
    const cfg = buildConfig(inputs, context, rt.env);
    // 2. The work: a plan (from terraform, a plan file or plan JSON), parsed once, summarised and hashed.
    const deps = { logger, env: rt.env, signal: rt.signal, workspace: context.workspace, keeper, masking };
    const result = await runPlan(cfg, deps);
    // 3. The report: comment and job summary from the same typed result.
    const clean = (text) => keeper.clean(text);
    const report = renderReports(result, {
        path: cfg.relPath,
        workspace: cfg.workspace,
        label: inputs.label,
        runUrl: cfg.runUrl,
        showValues: inputs.showValues,
        masking,
    }, clean);
    const summaryFile = external_node_path_default().join(cfg.outDir, 'report.md');
    writeOutputFile(summaryFile, report.summary);
    (0,summary/* writeJobSummary */.j)(report.summary, rt.env);
    // 4. Outputs for gating.
    setOutputs(rt.outputs, result, summaryFile);
    // 5. GitHub: sticky comment and labels (never fails the step for a read-only token).
    const published = await publish(rt, {
        inputs,
        key: cfg.key,
        comment: report.comment,
        hasChanges: result.hasChanges,
        hasDestroy: result.hasDestroy,
        failed: result.failed,
    });
    if (published.url)
        rt.outputs.set('comment-url', published.url);
    // 6. The verdict: Terraform's failure or an errored plan fails the step, after everything is reported.
    throwIfFailed(result, cfg, deps, clean);
    logger.info(`${cfg.relPath}: ${result.hasChanges ? 'changes' : 'no changes'}${result.hasDestroy ? ', including destruction' : ''}; plan hash ${result.hash ?? '(none)'}`);
}


/***/ }),

/***/ 3189:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   YI: () => (/* binding */ describeThrown),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * Two kinds of failure (codeql-action's ConfigurationError idea):
 * - UserError: the user can fix it (bad input, missing file, refused credentials). Printed without a stack.
 * - anything else is a bug: "unexpected error", stack at debug level, and a request for a report.
 */
class UserError extends Error {
    /** How to fix it, printed on its own line after the message. */
    hint;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'UserError';
        this.hint = options.hint;
    }
}
/** Several input problems reported together, so a user fixes them in one round. */
class InputError extends UserError {
    problems;
    constructor(problems) {
        super(problems.length === 1
            ? `Invalid input: ${problems[0]}`
            : `${problems.length} invalid inputs:\n${problems.map((p) => `  - ${p}`).join('\n')}`, { hint: 'Fix the `with:` block of this step; every input is documented in the action README.' });
        this.name = 'InputError';
        this.problems = problems;
    }
}
function isUserError(error) {
    return error instanceof UserError;
}
/** A readable description of any thrown value, including non-Error throws. */
function describeThrown(thrown) {
    if (thrown instanceof Error)
        return thrown.message || thrown.name;
    // An Error from another realm (a vm context, as jest's test environment is) fails `instanceof Error`
    // but is still an error: read its message the same way.
    if (isErrorLike(thrown))
        return thrown.message || (typeof thrown.name === 'string' ? thrown.name : 'Error');
    if (typeof thrown === 'string')
        return thrown;
    try {
        return JSON.stringify(thrown) ?? String(thrown);
    }
    catch {
        return String(thrown);
    }
}
function isErrorLike(thrown) {
    return (typeof thrown === 'object' &&
        thrown !== null &&
        Object.prototype.toString.call(thrown) === '[object Error]' &&
        typeof thrown.message === 'string');
}


/***/ }),

/***/ 4813:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  GP: () => (/* binding */ getInputs),
  Fz: () => (/* binding */ resolveConfined)
});

// UNUSED EXPORTS: camelCase, confinePath, inputEnvName, parseList, parseMap

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ../../packages/shared/src/action/errors.ts
var errors = __nccwpck_require__(3189);
;// CONCATENATED MODULE: ../../packages/shared/src/util/time.ts
const systemClock = { now: () => Date.now() };
const realSleep = (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted)
        return reject(signal.reason);
    const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
    }, ms);
    const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
});
const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/**
 * Parses "90", "90s", "1m30s", "500ms", "2h". A bare number is seconds (the unit users mean in YAML).
 * Returns milliseconds, or undefined when the text is not a duration.
 */
function parseDuration(text) {
    const t = text.trim();
    if (/^\d+(\.\d+)?$/.test(t))
        return Math.round(Number(t) * 1000);
    const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
    let total = 0;
    let consumed = 0;
    let m;
    while ((m = re.exec(t)) !== null) {
        total += Number(m[1]) * UNITS[m[2]];
        consumed = re.lastIndex;
    }
    if (consumed === 0 || consumed !== t.length)
        return undefined;
    return Math.round(total);
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    const s = ms / 1000;
    if (s < 60)
        return `${s.toFixed(s < 10 ? 1 : 0)}s`;
    const m = Math.floor(s / 60);
    const rest = Math.round(s - m * 60);
    return rest ? `${m}m${rest}s` : `${m}m`;
}

;// CONCATENATED MODULE: ../../packages/shared/src/action/inputs.ts




/** The environment variable the runner sets for an input: spaces become `_`, hyphens are kept, upper-cased. */
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
function camelCase(name) {
    return name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
/**
 * Reads every input of the spec, validating all of them and reporting every problem at once.
 * `crossCheck` rejects contradictory combinations; it runs only when each input is valid on its own.
 */
function getInputs(spec, source, crossCheck) {
    const problems = [];
    const out = {};
    for (const [name, def] of Object.entries(spec)) {
        const raw = source.env[inputEnvName(name)];
        const text = raw === undefined ? '' : def.type === 'map' || def.type === 'list' ? raw : raw.trim();
        if (def.secret && text.trim() !== '')
            source.onSecret?.(text.trim());
        if (text.trim() === '') {
            if (def.required)
                problems.push(`\`${name}\` is required but was empty or not given.`);
            out[camelCase(name)] =
                def.type === 'duration' && def.default !== undefined ? parseDuration(def.default) : def.default;
            continue;
        }
        try {
            out[camelCase(name)] = parseOne(name, def, text, source.workspace, source.env.RUNNER_TEMP);
        }
        catch (e) {
            problems.push((0,errors/* describeThrown */.YI)(e));
        }
    }
    if (problems.length)
        throw new errors/* InputError */.dz(problems);
    const inputs = out;
    const contradictions = crossCheck?.(inputs) ?? [];
    if (contradictions.length)
        throw new errors/* InputError */.dz(contradictions);
    return inputs;
}
function parseOne(name, def, text, workspace, temp) {
    const bad = (why) => {
        throw new Error(`\`${name}\`: ${why}`);
    };
    switch (def.type) {
        case 'string':
            if (def.pattern && !def.pattern.test(text))
                bad(def.patternHint ?? `"${text}" does not match ${def.pattern}`);
            return text;
        case 'boolean':
            if (TRUE.has(text))
                return true;
            if (FALSE.has(text))
                return false;
            return bad(`"${text}" is not a boolean; use true or false.`);
        case 'integer': {
            if (!/^[+-]?\d+$/.test(text))
                bad(`"${text}" is not a whole number.`);
            const n = Number(text);
            if (def.min !== undefined && n < def.min)
                bad(`${n} is below the minimum of ${def.min}.`);
            if (def.max !== undefined && n > def.max)
                bad(`${n} is above the maximum of ${def.max}.`);
            return n;
        }
        case 'duration': {
            const ms = parseDuration(text);
            if (ms === undefined)
                return bad(`"${text}" is not a duration; write e.g. 90s, 5m, 1h30m or a number of seconds.`);
            if (def.minMs !== undefined && ms < def.minMs)
                bad(`${text} is shorter than the minimum of ${def.minMs / 1000}s.`);
            if (def.maxMs !== undefined && ms > def.maxMs)
                bad(`${text} is longer than the maximum of ${def.maxMs / 1000}s.`);
            return ms;
        }
        case 'enum':
            if (!def.values.includes(text))
                bad(`"${text}" is not one of: ${def.values.join(', ')}.`);
            return text;
        case 'list':
            return parseList(text, def.commas ?? true);
        case 'map':
            return parseMap(text, bad, def.yaml);
        case 'path':
            return confinePath(text, workspace, def.mustExist, bad, temp);
        case 'paths':
            return parseList(text, def.commas ?? true).map((p) => confinePath(p, workspace, def.mustExist, bad, temp));
    }
}
/** Newline-separated (and, unless disabled, comma-separated) items; blank items and `#` comment lines dropped. */
function parseList(text, commas = true) {
    return text
        .split(/\r?\n/)
        .filter((line) => !line.trim().startsWith('#'))
        .flatMap((line) => (commas ? line.split(',') : [line]))
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/** A YAML mapping (`k: v`) or `K=V` lines; values become strings. */
function parseMap(text, bad, parseYaml) {
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
    if (lines.length && lines.every((l) => /^\s*[^=:\s]+=/.test(l))) {
        return Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf('=')).trim(), l.slice(l.indexOf('=') + 1).trim()]));
    }
    let doc;
    try {
        doc = parseYaml(text);
    }
    catch (e) {
        return bad(`not a valid YAML map or K=V lines (${(0,errors/* describeThrown */.YI)(e).split('\n')[0]}).`);
    }
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
        return bad('expected a YAML map (`key: value`) or K=V lines.');
    const out = {};
    for (const [k, v] of Object.entries(doc)) {
        if (v !== null && typeof v === 'object')
            return bad(`the value of "${k}" must be a scalar, not a ${Array.isArray(v) ? 'list' : 'map'}.`);
        out[k] = v === null ? '' : String(v);
    }
    return out;
}
/** The real path of `p`, or of its nearest existing ancestor joined with the rest (for files yet to write). */
function realish(p) {
    try {
        return { real: (0,external_node_fs_.realpathSync)(p), exists: true };
    }
    catch {
        const parent = external_node_path_default().dirname(p);
        if (parent === p)
            return { real: p, exists: false };
        return { real: external_node_path_default().join(realish(parent).real, external_node_path_default().basename(p)), exists: false };
    }
}
const inside = (root, p) => {
    const rel = external_node_path_default().relative(root, p);
    return rel === '' || (!rel.startsWith(`..${(external_node_path_default()).sep}`) && rel !== '..' && !external_node_path_default().isAbsolute(rel));
};
/**
 * Resolves a path input and refuses anything outside the workspace and RUNNER_TEMP: `..`, absolute paths
 * elsewhere, and symlinks (anywhere on the way) that lead out. Throws an Error whose message says why; it
 * names paths only, never a file's contents. Returns the absolute (unresolved) path.
 */
function resolveConfined(text, roots, mustExist) {
    const candidates = [roots.workspace, ...(roots.temp ? [roots.temp] : [])].flatMap((r) => {
        try {
            return [(0,external_node_fs_.realpathSync)(r)];
        }
        catch {
            return [];
        }
    });
    const abs = external_node_path_default().resolve(roots.base ?? roots.workspace, text);
    const { real, exists } = realish(abs);
    if (!candidates.some((root) => inside(root, real))) {
        const where = `the workspace (${candidates[0] ?? roots.workspace})${candidates[1] ? ` or RUNNER_TEMP (${candidates[1]})` : ''}`;
        const lexical = [roots.workspace, ...(roots.temp ? [roots.temp] : [])].some((r) => inside(external_node_path_default().resolve(r), abs));
        throw new Error(lexical
            ? `"${text}" leads through a symbolic link to ${real}, outside ${where}.`
            : `"${text}" is outside ${where}; give a path inside the workspace (relative to it) or under RUNNER_TEMP.`);
    }
    // Only now: whether a file outside exists is none of the input's business.
    if (!exists && mustExist)
        throw new Error(`"${text}" does not exist (looked for ${abs}).`);
    if (exists && (mustExist === 'file' || mustExist === 'dir')) {
        const st = (0,external_node_fs_.statSync)(real);
        if (mustExist === 'file' && !st.isFile())
            throw new Error(`"${text}" is not a file.`);
        if (mustExist === 'dir' && !st.isDirectory())
            throw new Error(`"${text}" is not a directory.`);
    }
    return abs;
}
/**
 * Resolves a path against the workspace and refuses anything that escapes it and RUNNER_TEMP (also through
 * symlinks); `bad` is called with the reason.
 */
function confinePath(text, workspace, mustExist, bad, temp = process.env.RUNNER_TEMP) {
    try {
        return resolveConfined(text, { workspace, temp }, mustExist);
    }
    catch (e) {
        return bad((0,errors/* describeThrown */.YI)(e));
    }
}


/***/ }),

/***/ 3274:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Cs: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: REPORT_URL, coreOutputs, createRuntime, failStep

// NAMESPACE OBJECT: ../../packages/shared/src/runner/core.ts
var core_namespaceObject = {};
__nccwpck_require__.r(core_namespaceObject);
__nccwpck_require__.d(core_namespaceObject, {
  debug: () => (debug),
  endGroup: () => (endGroup),
  error: () => (error),
  exportVariable: () => (exportVariable),
  getState: () => (getState),
  info: () => (info),
  notice: () => (notice),
  saveState: () => (saveState),
  setFailed: () => (setFailed),
  setOutput: () => (setOutput),
  setSecret: () => (setSecret),
  startGroup: () => (startGroup),
  warning: () => (warning)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: ../../node_modules/@actions/core/lib/command.js
var command = __nccwpck_require__(2127);
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
// EXTERNAL MODULE: ../../node_modules/@actions/core/lib/utils.js
var utils = __nccwpck_require__(3603);
;// CONCATENATED MODULE: ../../node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${(0,utils/* toCommandValue */.E)(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = (0,utils/* toCommandValue */.E)(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: ../../packages/shared/src/log/secrets.ts
var secrets = __nccwpck_require__(4805);
;// CONCATENATED MODULE: ../../packages/shared/src/runner/core.ts
/**
 * The runner protocol (workflow commands and file commands), from @actions/core's own modules.
 *
 * Why not `import * as core from '@actions/core'`: its index also loads the OIDC client, which pulls in
 * @actions/http-client and undici (~1 MB). Measured on Node 24 with ncc bundles (docs/performance.md):
 * a bundle of the index starts in ~80 ms, one of these modules in ~35 ms, against ~30 ms for `node -e 0`.
 * None of our actions use OIDC, so every step would pay that for nothing. The package's `exports` only
 * expose the index, hence the file paths; the imported modules are @actions/core's, unchanged.
 */





/*
 * The redaction boundary: every log line, annotation (message and title), group name and step output
 * written through this module has every secret in the registry (log/secrets.ts) replaced by ***, whoever
 * rendered it. `setSecret` (::add-mask::) and state are left alone: they are how secrets reach the runner.
 */
const core_text = (message) => (0,secrets/* redactKnown */.rA)(message instanceof Error ? message.toString() : message);
function props(p) {
    return p.title === undefined ? p : { ...p, title: (0,secrets/* redactKnown */.rA)(p.title) };
}
function debug(message) {
    (0,command/* issueCommand */.L)('debug', {}, core_text(message));
}
function info(message) {
    process.stdout.write(core_text(message) + (external_node_os_default()).EOL);
}
function error(message, p = {}) {
    (0,command/* issueCommand */.L)('error', (0,utils/* toCommandProperties */.k)(props(p)), core_text(message));
}
function warning(message, p = {}) {
    (0,command/* issueCommand */.L)('warning', (0,utils/* toCommandProperties */.k)(props(p)), core_text(message));
}
function notice(message, p = {}) {
    (0,command/* issueCommand */.L)('notice', (0,utils/* toCommandProperties */.k)(props(p)), core_text(message));
}
function startGroup(name) {
    (0,command/* issue */.s)('group', core_text(name));
}
function endGroup() {
    (0,command/* issue */.s)('endgroup');
}
function setSecret(secret) {
    (0,command/* issueCommand */.L)('add-mask', {}, secret);
}
function keyValue(file, legacy, name, value) {
    if (process.env[`GITHUB_${file}`]) {
        issueFileCommand(file, prepareKeyValueMessage(name, value));
    }
    else {
        process.stdout.write((external_node_os_default()).EOL);
        (0,command/* issueCommand */.L)(legacy, { name }, (0,utils/* toCommandValue */.E)(value));
    }
}
function setOutput(name, value) {
    keyValue('OUTPUT', 'set-output', name, core_text((0,utils/* toCommandValue */.E)(value)));
}
function saveState(name, value) {
    keyValue('STATE', 'save-state', name, value);
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
function exportVariable(name, value) {
    process.env[name] = (0,utils/* toCommandValue */.E)(value);
    keyValue('ENV', 'set-env', name, value);
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}

;// CONCATENATED MODULE: ../../packages/shared/src/log/logger.ts

/** GitHub shows at most 10 annotations per level per step (50 per job); the rest are dropped silently. */
const ANNOTATIONS_PER_LEVEL = 10;
/**
 * GitHub's per-level cap, with one error kept back for the step's own failure (what failed and what to do):
 * runAction's failStep writes it after everything else, so it must never be the 11th error GitHub drops.
 */
class AnnotationBudget {
    used = { error: 0, warning: 0, notice: 0 };
    dropped = { error: 0, warning: 0, notice: 0 };
    perLevel;
    constructor(perLevel = ANNOTATIONS_PER_LEVEL) {
        this.perLevel = perLevel;
    }
    cap(level) {
        return level === 'error' ? this.perLevel - 1 : this.perLevel;
    }
    /** How many more annotations of this level may be emitted. */
    left(level) {
        return Math.max(0, this.cap(level) - this.used[level]);
    }
    /** True when an annotation of this level may still be emitted; counts the overflow otherwise. */
    take(level) {
        if (this.used[level] < this.cap(level)) {
            this.used[level]++;
            return true;
        }
        this.dropped[level]++;
        return false;
    }
    overflow() {
        return { ...this.dropped };
    }
}
/** Logger on top of @actions/core's workflow commands. */
class CoreLogger {
    budget = new AnnotationBudget();
    debug(message) {
        debug(message);
    }
    info(message) {
        info(message);
    }
    warning(message, props) {
        this.annotate('warning', message, props);
    }
    error(message, props) {
        this.annotate('error', message, props);
    }
    notice(message, props) {
        this.annotate('notice', message, props);
    }
    async group(name, fn) {
        startGroup(name);
        try {
            return await fn();
        }
        finally {
            endGroup();
        }
    }
    overflow() {
        return this.budget.overflow();
    }
    annotationsLeft(level) {
        return this.budget.left(level);
    }
    annotate(level, message, props) {
        if (this.budget.take(level)) {
            core_namespaceObject[level](message, props);
        }
        else {
            const where = props?.file ? ` (${props.file}${props.startLine ? `:${props.startLine}` : ''})` : '';
            info(`${level}: ${message}${where}`);
        }
    }
}
/** In-memory logger for unit tests; applies the same annotation cap as the runner. */
class MemoryLogger {
    records = [];
    budget = new AnnotationBudget();
    debug(message) {
        this.records.push({ level: 'debug', message });
    }
    info(message) {
        this.records.push({ level: 'info', message });
    }
    warning(message, props) {
        this.annotate('warning', message, props);
    }
    error(message, props) {
        this.annotate('error', message, props);
    }
    notice(message, props) {
        this.annotate('notice', message, props);
    }
    async group(name, fn) {
        this.records.push({ level: 'group', message: name });
        return fn();
    }
    overflow() {
        return this.budget.overflow();
    }
    annotationsLeft(level) {
        return this.budget.left(level);
    }
    messages(level) {
        return this.records.filter((r) => !level || r.level === level).map((r) => r.message);
    }
    annotate(level, message, props) {
        if (this.budget.take(level))
            this.records.push({ level, message, ...(props ? { props } : {}) });
        else
            this.records.push({ level: 'info', message: `${level}: ${message}` });
    }
}

// EXTERNAL MODULE: ../../packages/shared/src/report/summary.ts
var summary = __nccwpck_require__(8560);
// EXTERNAL MODULE: ../../packages/shared/src/github/context.ts
var github_context = __nccwpck_require__(4938);
// EXTERNAL MODULE: ../../packages/shared/src/action/errors.ts
var errors = __nccwpck_require__(3189);
// EXTERNAL MODULE: ../../packages/shared/src/action/inputs.ts + 1 modules
var inputs = __nccwpck_require__(4813);
;// CONCATENATED MODULE: ../../packages/shared/src/action/run-action.ts







const REPORT_URL = 'https://github.com/pipewright/pipewright/issues';
const coreOutputs = {
    set: (name, value) => setOutput(name, String(value)),
    setJson: (name, value) => setOutput(name, JSON.stringify(value)),
};
function createRuntime(env = process.env) {
    const controller = new AbortController();
    const onSignal = (sig) => {
        if (!controller.signal.aborted) {
            info(`Received ${sig}: cancelling.`);
            controller.abort(new Error(`cancelled (${sig})`));
        }
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const context = (0,github_context/* readRunContext */.$p)(env);
    return {
        env,
        logger: new CoreLogger(),
        outputs: coreOutputs,
        context,
        signal: controller.signal,
        inputs: (spec, crossCheck) => (0,inputs/* getInputs */.GP)(spec, { env, workspace: context.workspace, onSecret: (v) => (0,secrets/* registerSecret */.cl)(v) }, crossCheck),
        secret: (v) => (0,secrets/* registerSecret */.cl)(v),
    };
}
/**
 * The entry of every action. Catches anything thrown — strings and other non-Errors included — so no
 * failure can leave a step green.
 */
async function runAction(main, rt = createRuntime()) {
    try {
        await main(rt);
    }
    catch (thrown) {
        failStep(thrown, rt.logger);
    }
    // Counted on success and failure alike: what did not fit GitHub's cap is said in the summary.
    const over = rt.logger.overflow();
    const dropped = over.error + over.warning + over.notice;
    if (dropped > 0) {
        const line = `${dropped} more annotations (${over.error} errors, ${over.warning} warnings, ${over.notice} notices) were logged as plain lines: GitHub shows at most 10 per level per step.`;
        rt.logger.info(line);
        (0,summary/* writeJobSummary */.j)(`\n> [!NOTE]\n> ${line}\n`, rt.env);
    }
}
function failStep(thrown, logger) {
    if ((0,errors/* isUserError */.iU)(thrown)) {
        const hint = thrown.hint ? `\n${thrown.hint}` : '';
        setFailed(`${thrown.message}${hint}`);
    }
    else {
        if (thrown instanceof Error && thrown.stack)
            logger.debug(thrown.stack);
        setFailed(`Unexpected error: ${(0,errors/* describeThrown */.YI)(thrown)}\nThis is a bug in pipewright. Please report it at ${REPORT_URL} with this log (re-run with debug logging for the stack).`);
    }
    process.exitCode = 1;
}


/***/ }),

/***/ 9537:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ checkApiUrl),
/* harmony export */   t: () => (/* binding */ apiBaseUrl)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3189);

/** Ports fetch refuses outright (WHATWG fetch "bad port"): a request there can never succeed, so no retry loop. */
const BAD_PORTS = new Set([
    1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104,
    109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515,
    526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049,
    3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);
/** Refuses, before any request, an API URL that is not a URL or whose port fetch never opens. */
function checkApiUrl(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`GITHUB_API_URL "${url}" is not a URL.`);
    }
    if (u.port && BAD_PORTS.has(Number(u.port)))
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Cannot reach the GitHub API at ${url}: port ${u.port} is one that fetch always refuses ("bad port").`, {
            hint: 'Point GITHUB_API_URL at the API of your GitHub (Enterprise) server.',
        });
}
/** The GitHub API base URL in force: the one given, else GITHUB_API_URL (as Octokit's default reads it), else github.com. */
function apiBaseUrl(given) {
    return given ?? process.env.GITHUB_API_URL ?? 'https://api.github.com';
}


/***/ }),

/***/ 4938:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ readRunContext),
/* harmony export */   DJ: () => (/* binding */ resolvePullRequest)
/* harmony export */ });
/* unused harmony exports headCommit, requireRepository */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3189);


/** Everything the runner tells a step about its run, read from the environment and the event file. */
function readRunContext(env = process.env) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '/').split('/');
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    return {
        owner,
        repo,
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        runId: env.GITHUB_RUN_ID ?? '0',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        actor: env.GITHUB_ACTOR ?? '',
    };
}
function fromPayload(ctx, pr) {
    const full = `${ctx.owner}/${ctx.repo}`;
    const headRepo = pr.head?.repo?.full_name;
    return {
        owner: ctx.owner,
        repo: ctx.repo,
        number: pr.number,
        headSha: pr.head?.sha,
        headRef: pr.head?.ref,
        baseRef: pr.base?.ref,
        isFork: headRepo !== undefined && headRepo !== full,
    };
}
/**
 * Finds the pull request a run is about:
 * - pull_request / pull_request_target: from the payload, no API call;
 * - push: the open PR whose head is this commit, through GET /repos/{o}/{r}/commits/{sha}/pulls;
 * - issue_comment: the commented issue when it is a PR;
 * - workflow_dispatch and anything else: only the explicit `pr-number` input.
 * Returns undefined when the run is not about a PR.
 */
async function resolvePullRequest(ctx, explicitNumber, client) {
    const p = ctx.payload;
    if (explicitNumber !== undefined) {
        if (p.pull_request?.number === explicitNumber)
            return fromPayload(ctx, p.pull_request);
        return fetchPullRequest(ctx, explicitNumber, client);
    }
    if ((ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target') &&
        p.pull_request?.number) {
        return fromPayload(ctx, p.pull_request);
    }
    if (ctx.eventName === 'issue_comment') {
        return p.issue?.pull_request && p.issue.number
            ? fetchPullRequest(ctx, p.issue.number, client)
            : undefined;
    }
    if (ctx.eventName === 'push' && client && ctx.sha) {
        const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
            owner: ctx.owner,
            repo: ctx.repo,
            commit_sha: ctx.sha,
        });
        const open = data.filter((pr) => pr.state === 'open');
        const pr = open.find((x) => x.head.sha === ctx.sha) ?? open[0];
        return pr ? fromPayload(ctx, pr) : undefined;
    }
    return undefined;
}
/**
 * A PR known only by number (issue_comment, workflow_dispatch with `pr-number`): GET /pulls/{n} gives its head
 * commit and whether it comes from a fork. Without a client, only the number is known.
 */
async function fetchPullRequest(ctx, number, client) {
    if (!client) {
        return {
            owner: ctx.owner,
            repo: ctx.repo,
            number,
            headSha: undefined,
            headRef: undefined,
            baseRef: undefined,
            isFork: false,
        };
    }
    try {
        const { data } = await client.rest.pulls.get({ owner: ctx.owner, repo: ctx.repo, pull_number: number });
        return fromPayload(ctx, data);
    }
    catch (error) {
        if (error?.status === 404) {
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Pull request #${number} was not found in ${ctx.owner}/${ctx.repo}.`, {
                hint: 'Check the `pr-number` input (it must be a pull request of this repository, not an issue).',
            });
        }
        throw error;
    }
}
/** The commit a PR build should describe: the PR head, not the merge commit. */
function headCommit(ctx, pr) {
    return pr?.headSha ?? ctx.sha;
}
function requireRepository(ctx) {
    if (!ctx.owner || !ctx.repo) {
        throw new UserError('GITHUB_REPOSITORY is not set, so the repository is unknown.', {
            hint: 'Run inside GitHub Actions, or set GITHUB_REPOSITORY=owner/repo.',
        });
    }
}


/***/ }),

/***/ 4805:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Ee: () => (/* binding */ secretRegistry),
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   rA: () => (/* binding */ redactKnown)
/* harmony export */ });
/* unused harmony exports secretForms, credentialParts, SecretRegistry, addMask */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2127);
/**
 * The process-wide secret registry: every action feeds it every value it knows to be secret (inputs
 * declared secret, tokens, passwords, cookie and header credentials, NoEcho parameter values, Terraform
 * sensitive values, BuildKit secrets). Each derived form is registered with the runner's masker once
 * (`::add-mask::`), and the lowest output points of packages/shared — log lines, annotations, step outputs
 * and the job summary (runner/core.ts, report/summary.ts), every GitHub API request body (github/client.ts)
 * and the files we write for users (report/output-file.ts) — pass their text through `redactKnown`, so no
 * renderer can forget to.
 *
 * (No import of runner/core.ts here: core.ts imports this module for its redaction boundary.)
 */


/**
 * Every form a secret may show up in: the value, each of its lines, and the encodings tools print it in
 * (base64 of the value and of `user:value` pairs is registered by the caller, who knows the user).
 */
function secretForms(value) {
    const forms = new Set();
    const add = (s) => {
        if (s.trim().length >= 3)
            forms.add(s);
    };
    add(value);
    for (const line of value.split(/\r?\n/))
        add(line.trim());
    add(Buffer.from(value).toString('base64'));
    add(Buffer.from(value).toString('base64url'));
    add(encodeURIComponent(value));
    add(JSON.stringify(value).slice(1, -1));
    return [...forms];
}
/** Cookie values shorter than this (`lang=en`) are not credentials; masking them would garble the log. */
const MIN_COOKIE_VALUE = 6;
/**
 * The credential parts of a header line, an auth value or a cookie string, each on its own, because a page
 * or a tool may echo the part without the rest: `Authorization: Bearer <token>` gives `Bearer <token>` and
 * `<token>`; `Basic <b64>` also gives `user:password` and the password; `a=<v1>; b=<v2>` gives v1 and v2.
 * The value itself is not among them.
 */
function credentialParts(value) {
    const parts = new Set();
    const text = value.trim();
    const header = /^[A-Za-z0-9-]+:[ \t]*(\S[^\r\n]*)$/.exec(text);
    const v = (header?.[1] ?? text).trim();
    if (header)
        parts.add(v);
    const scheme = /^([A-Za-z][\w-]*)[ \t]+(\S+)$/.exec(v);
    if (scheme) {
        const cred = scheme[2];
        parts.add(cred);
        if (/^basic$/i.test(scheme[1]) && /^[A-Za-z0-9+/]+={0,2}$/.test(cred)) {
            const decoded = Buffer.from(cred, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon > 0 &&
                Buffer.from(decoded, 'utf8').toString('base64').replace(/=+$/, '') === cred.replace(/=+$/, '')) {
                parts.add(decoded);
                parts.add(decoded.slice(colon + 1));
            }
        }
    }
    // Cookie strings: name=value pairs separated by `;`.
    if (/^[^=;\s]+=[^;]*(;\s*[^=;\s]+=[^;]*)*;?$/.test(v)) {
        for (const pair of v.split(';')) {
            const at = pair.indexOf('=');
            if (at < 0)
                continue;
            const cv = pair
                .slice(at + 1)
                .trim()
                .replace(/^"(.*)"$/, '$1');
            if (cv.length >= MIN_COOKIE_VALUE)
                parts.add(cv);
        }
    }
    parts.delete(text);
    parts.delete('');
    return [...parts];
}
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The one registry per process (see the top of this file). */
class SecretRegistry {
    forms = new Set();
    pattern;
    sink;
    constructor(sink) {
        this.sink = sink;
    }
    /**
     * Registers a secret: the value, its credential parts (header, auth scheme, cookie values) and every
     * encoded form of each. Each new form is sent to the runner's masker exactly once.
     */
    add(value) {
        if (!value || value.trim().length === 0)
            return;
        const fresh = [];
        for (const v of [value, ...credentialParts(value)]) {
            for (const form of secretForms(v)) {
                // A line of punctuation (`---`, `}}}` of a multi-line secret) would garble every table and rule.
                if (this.forms.has(form) || !/[\p{L}\p{N}]/u.test(form))
                    continue;
                this.forms.add(form);
                this.pattern = undefined;
                fresh.push(form);
            }
        }
        if (fresh.length === 0)
            return;
        if (this.sink.many)
            this.sink.many(fresh);
        else
            for (const form of fresh)
                this.sink(form);
    }
    /** True when the registry knows this exact form. */
    has(form) {
        return this.forms.has(form);
    }
    get size() {
        return this.forms.size;
    }
    /** Every known form replaced by `***` (longest first, so a value never leaves a tail of itself behind). */
    redact(text) {
        if (this.forms.size === 0 || !text)
            return text;
        this.pattern ??= new RegExp([...this.forms]
            .sort((a, b) => b.length - a.length)
            .map(escapeRegExp)
            .join('|'), 'g');
        return text.replace(this.pattern, '***');
    }
    /** A copy of a JSON-like value with every string (keys included) redacted. */
    redactDeep(value) {
        if (this.forms.size === 0)
            return value;
        const walk = (v) => {
            if (typeof v === 'string')
                return this.redact(v);
            if (Array.isArray(v))
                return v.map(walk);
            if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
                const out = {};
                for (const [k, x] of Object.entries(v))
                    out[this.redact(k)] = walk(x);
                return out;
            }
            return v;
        };
        return walk(value);
    }
    /** Tests only: forget every form and send new ones to `sink`. */
    reset(sink = this.sink) {
        this.forms.clear();
        this.pattern = undefined;
        this.sink = sink;
    }
}
/** `::add-mask::` for one form (the runner then shows it as *** in the log). */
const addMask = (form) => (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_1__/* .issueCommand */ .L)('add-mask', {}, form);
/** The same lines as issueCommand writes (its escaping of the message), several in one write. */
addMask.many = (forms) => {
    let out = '';
    for (const f of forms)
        out += `::add-mask::${f.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}${node_os__WEBPACK_IMPORTED_MODULE_0__.EOL}`;
    process.stdout.write(out);
};
const secretRegistry = new SecretRegistry(addMask);
/**
 * Registers a secret and its derived forms. Without a sink: with the process-wide registry (masked in the
 * log once, redacted at every output point). With a sink: each form is handed to it only (tests).
 */
function registerSecret(value, sink) {
    if (!value)
        return;
    if (sink) {
        for (const form of secretForms(value))
            sink(form);
        return;
    }
    secretRegistry.add(value);
}
/** Text with every secret the registry knows replaced by `***`: what every output point calls. */
function redactKnown(text) {
    return secretRegistry.redact(text);
}
/** Replaces every known secret form in text, for strings we write ourselves (comments, summaries, files). */
function redact(text, secrets) {
    const forms = [...secrets].flatMap(secretForms).sort((a, b) => b.length - a.length);
    let out = text;
    for (const f of forms)
        out = out.split(f).join('***');
    return out;
}


/***/ }),

/***/ 8355:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jt: () => (/* binding */ SUMMARY_LIMIT),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Uo: () => (/* binding */ joinWithin),
/* harmony export */   W$: () => (/* binding */ COMMENT_LIMIT),
/* harmony export */   bH: () => (/* binding */ cutToLimit),
/* harmony export */   dy: () => (/* binding */ utf8Bytes),
/* harmony export */   oh: () => (/* binding */ thousands),
/* harmony export */   yQ: () => (/* binding */ renderDocument)
/* harmony export */ });
/* unused harmony exports DETAIL_LEVELS, chars, itemsSection */
/**
 * A report of sections that each know how to degrade, so the whole stays within a byte budget:
 * full -> condensed -> list -> counts. What was left out is said at the end.
 *
 * Sections render lazily with a budget of their own, so a 10 MB report never materialises 10 MB per pass.
 */
const DETAIL_LEVELS = ['full', 'condensed', 'list', 'counts'];
/** GitHub's limit for an issue/PR comment body, hidden markers included. */
const COMMENT_LIMIT = 65_536;
/** GitHub's limit for one step's job summary, in bytes. */
const SUMMARY_LIMIT = 1024 * 1024;
const chars = (s) => s.length;
const utf8Bytes = (s) => Buffer.byteLength(s, 'utf8');
/**
 * Renders the document within `limit`. Every section first renders at `full`; a section that had to cut
 * itself above the `list` level is degraded one level (largest first) and everything re-rendered.
 * At `list` a section may end with "…and N more"; at `counts` it is as small as it gets.
 * Each section's budget keeps room for the `counts` form of every section after it.
 */
function renderDocument(doc, limit, measure = chars) {
    const sep = '\n\n';
    const reserve = 400 + measure(doc.footer ?? '') + measure(doc.header);
    const minSizes = doc.sections.map((s) => measure(s.render('counts', limit).text) + sep.length);
    const levelIdx = doc.sections.map(() => 0);
    const LIST = DETAIL_LEVELS.indexOf('list');
    const renderAll = () => {
        let remaining = limit - reserve;
        return doc.sections.map((s, i) => {
            const after = minSizes.slice(i + 1).reduce((a, b) => a + b, 0);
            const r = s.render(DETAIL_LEVELS[levelIdx[i]], Math.max(0, remaining - after - sep.length));
            remaining -= measure(r.text) + sep.length;
            return r;
        });
    };
    let parts = renderAll();
    for (;;) {
        let pick = -1;
        let biggest = -1;
        parts.forEach((p, i) => {
            if (p.truncated && levelIdx[i] < LIST && measure(p.text) > biggest) {
                biggest = measure(p.text);
                pick = i;
            }
        });
        if (pick < 0)
            break;
        levelIdx[pick] = levelIdx[pick] + 1;
        parts = renderAll();
    }
    const omitted = parts.flatMap((p) => (p.omitted ? [p.omitted] : []));
    const body = [doc.header, ...parts.map((p) => p.text).filter((t) => t !== '')];
    if (omitted.length) {
        body.push(doc.omittedNote
            ? doc.omittedNote(omitted)
            : `_Left out to fit GitHub's size limit: ${omitted.join('; ')}._`);
    }
    if (doc.footer)
        body.push(doc.footer);
    let text = body.join(sep);
    if (measure(text) > limit)
        text = cutToLimit(text, limit, measure);
    return { text, levels: levelIdx.map((i) => DETAIL_LEVELS[i]), omitted };
}
/** Last resort: cuts at a line boundary and says so. Never splits a surrogate pair. */
function cutToLimit(text, limit, measure = chars) {
    const note = "\n\n_…cut to fit GitHub's size limit._";
    let lo = 0;
    let hi = text.length;
    const budget = limit - measure(note);
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (measure(text.slice(0, mid)) <= budget)
            lo = mid;
        else
            hi = mid - 1;
    }
    let cut = text.slice(0, lo);
    const nl = cut.lastIndexOf('\n');
    if (nl > lo * 0.8)
        cut = cut.slice(0, nl);
    if (/[\uD800-\uDBFF]$/.test(cut))
        cut = cut.slice(0, -1);
    return cut + note;
}
/** 12345 -> "12,345" without Intl: the first toLocaleString call costs ~40 ms of ICU start-up. */
function thousands(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/**
 * Joins items (each already rendered) until maxChars, then "…and N more". Used by list-like sections
 * so they stop working as soon as the budget is spent.
 */
function joinWithin(items, total, maxChars, what, sep = '\n') {
    let text = '';
    let n = 0;
    const tailReserve = 60;
    for (const item of items) {
        const next = (n ? sep : '') + item;
        if (text.length + next.length > maxChars - tailReserve)
            break;
        text += next;
        n++;
    }
    if (n >= total)
        return { text };
    const more = total - n;
    // After list items or table rows a single newline would make the tail part of the last item (a lazy
    // continuation line) or a row of its own (GFM tables); a blank line makes it a paragraph of its own.
    const tail = `${n ? (sep === '\n' ? '\n\n' : sep) : ''}…and ${thousands(more)} more`;
    return { text: text + tail, omitted: `${thousands(more)} ${what}`, truncated: true };
}
/**
 * The common degradable section: a heading, then one entry per item rendered for the level
 * (full/condensed/list), or only the counts line at `counts`.
 */
function itemsSection(opts) {
    return {
        render(level, maxChars) {
            if (opts.items.length === 0)
                return { text: '' };
            const head = opts.heading ? `${opts.heading}\n\n` : '';
            if (level === 'counts') {
                const text = `${head}${opts.counts()}`;
                return text.length <= maxChars
                    ? { text, ...(opts.items.length ? { omitted: `the list of ${opts.what}` } : {}) }
                    : { text: '', omitted: `the list of ${opts.what}`, truncated: true };
            }
            const items = (function* () {
                for (const it of opts.items)
                    yield opts.renderItem(it, level);
            })();
            const r = joinWithin(items, opts.items.length, maxChars - head.length, opts.what, opts.sep ?? '\n');
            const levelNote = level === 'full' ? undefined : (opts.leavesOut?.[level] ?? `details of ${opts.what}`);
            const omitted = [levelNote, r.omitted].filter((x) => x !== undefined).join(', and ');
            return {
                text: head + r.text,
                ...(omitted ? { omitted } : {}),
                ...(r.truncated ? { truncated: true } : {}),
            };
        },
    };
}
/** "1 finding", "2 findings", "1,204 findings": the count with the noun it agrees with. */
function plural(count, one, many = `${one}s`) {
    return `${thousands(count)} ${count === 1 ? one : many}`;
}


/***/ }),

/***/ 8560:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ writeJobSummary)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8355);
/* harmony import */ var _log_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4805);



/**
 * Appends markdown to the step's job summary (GITHUB_STEP_SUMMARY), never past GitHub's 1 MiB per step:
 * an over-size summary is rejected whole by the runner, so it is cut here with a note instead.
 * Returns false when there is no summary file (running outside Actions). Every secret in the registry is
 * redacted first (log/secrets.ts), whoever rendered the markdown.
 */
function writeJobSummary(markdown, env = process.env) {
    const file = env.GITHUB_STEP_SUMMARY;
    if (!file)
        return false;
    markdown = (0,_log_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactKnown */ .rA)(markdown);
    const text = (0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .utf8Bytes */ .dy)(markdown) > _document_js__WEBPACK_IMPORTED_MODULE_2__/* .SUMMARY_LIMIT */ .Jt - 2 ? (0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .cutToLimit */ .bH)(markdown, _document_js__WEBPACK_IMPORTED_MODULE_2__/* .SUMMARY_LIMIT */ .Jt - 2, _document_js__WEBPACK_IMPORTED_MODULE_2__/* .utf8Bytes */ .dy) : markdown;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, text.endsWith('\n') ? text : `${text}\n`);
    return true;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 2127:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ issueCommand),
/* harmony export */   s: () => (/* binding */ issue)
/* harmony export */ });
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(857);
/* harmony import */ var _utils_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3603);


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + os__WEBPACK_IMPORTED_MODULE_0__.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return (0,_utils_js__WEBPACK_IMPORTED_MODULE_1__/* .toCommandValue */ .E)(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return (0,_utils_js__WEBPACK_IMPORTED_MODULE_1__/* .toCommandValue */ .E)(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map

/***/ }),

/***/ 3603:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ toCommandValue),
/* harmony export */   k: () => (/* binding */ toCommandProperties)
/* harmony export */ });
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(3018);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
