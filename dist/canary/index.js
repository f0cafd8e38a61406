import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3018:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _pipewright_shared_action__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5464);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(815);


await (0,_pipewright_shared_action__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 815:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: spec

// EXTERNAL MODULE: ../../packages/shared/src/action/errors.ts
var errors = __nccwpck_require__(3189);
// EXTERNAL MODULE: ../../packages/shared/src/runner/core.ts + 2 modules
var core = __nccwpck_require__(1547);
// EXTERNAL MODULE: ../../packages/shared/src/util/time.ts
var time = __nccwpck_require__(7297);
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

;// CONCATENATED MODULE: ./src/analysis.ts
const NO_DATA_POLICIES = ['fail', 'pass', 'inconclusive', 'wait'];
const AGGREGATES = ['min', 'max', 'avg', 'sum'];
function parseCondition(text) {
    const groups = text.split('||').map((g) => g.split('&&').map((c) => {
        const m = /^\s*(?:result\s*)?(<=|>=|==|!=|<|>)\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*$/i.exec(c);
        if (!m)
            throw new Error(`"${c.trim()}" is not a condition; write e.g. "result >= 99" or ">= 99 && <= 100".`);
        return { op: m[1], value: Number(m[2]) };
    }));
    return { text: text.trim(), any: groups };
}
function holds(cond, x) {
    return cond.any.some((all) => all.every((c) => {
        switch (c.op) {
            case '<':
                return x < c.value;
            case '<=':
                return x <= c.value;
            case '>':
                return x > c.value;
            case '>=':
                return x >= c.value;
            case '==':
                return x === c.value;
            case '!=':
                return x !== c.value;
        }
    }));
}
/** Explicit conditions: with only one of success/failure, the other is its negation. */
function evaluate(check, m) {
    if (m.kind === 'error')
        return 'error';
    if (m.kind === 'nodata' || !Number.isFinite(m.value)) {
        switch (check.noData) {
            case 'fail':
                return 'failure';
            case 'pass':
                return 'success';
            case 'inconclusive':
                return 'inconclusive';
            case 'wait':
                return 'wait';
        }
    }
    const x = m.value;
    const ok = check.success ? holds(check.success, x) : undefined;
    const bad = check.failure ? holds(check.failure, x) : undefined;
    if (ok === undefined && bad === undefined)
        return 'success';
    if (bad === undefined)
        return ok ? 'success' : 'failure';
    if (ok === undefined)
        return bad ? 'failure' : 'success';
    if (bad)
        return 'failure';
    if (ok)
        return 'success';
    return 'inconclusive';
}
function newCounters() {
    return {
        measurements: 0,
        successes: 0,
        failures: 0,
        inconclusives: 0,
        errors: 0,
        consecutiveErrors: 0,
        waits: 0,
    };
}
/** Counts one outcome; counters live for the whole rollout of one revision (never reset per step). */
function record(c, o, error) {
    const n = { ...c, measurements: c.measurements + 1 };
    if (o === 'error') {
        n.errors++;
        n.consecutiveErrors++;
        if (error)
            n.lastError = error;
        return n;
    }
    n.consecutiveErrors = 0;
    if (o === 'success')
        n.successes++;
    else if (o === 'failure')
        n.failures++;
    else if (o === 'inconclusive')
        n.inconclusives++;
    else
        n.waits++;
    return n;
}
function verdictOf(name, c, limits) {
    if (c.failures > limits.failureLimit)
        return {
            state: 'failed',
            check: name,
            why: `${c.failures} failed measurement${c.failures === 1 ? '' : 's'} > failure-limit ${limits.failureLimit}`,
        };
    if (c.consecutiveErrors > limits.consecutiveErrorLimit)
        return {
            state: 'error',
            check: name,
            why: `${c.consecutiveErrors} consecutive query errors > consecutive-error-limit ${limits.consecutiveErrorLimit}${c.lastError ? ` (last: ${c.lastError})` : ''}`,
        };
    if (c.inconclusives > limits.inconclusiveLimit)
        return {
            state: 'inconclusive',
            check: name,
            why: `${c.inconclusives} inconclusive measurement${c.inconclusives === 1 ? '' : 's'} > inconclusive-limit ${limits.inconclusiveLimit}`,
        };
    return { state: 'running' };
}
/** Fills the placeholders of a check's query. */
function renderQuery(query, vars) {
    return query.replace(/\{\{\s*(\w+)\s*\}\}/g, (all, k) => vars[k] ?? all);
}
/** App-instrumented metrics: pods of a workload are matched as TARGET-<hash>-<id>. */
const POD = 'pod=~"{{target}}-[0-9a-zA-Z]+(-[0-9a-zA-Z]+)"';
const BUILTIN_CHECKS = {
    'success-rate': {
        query: `sum(rate(http_request_duration_seconds_count{namespace="{{namespace}}",${POD},status!~"5.."}[{{window}}])) / sum(rate(http_request_duration_seconds_count{namespace="{{namespace}}",${POD}}[{{window}}])) * 100`,
        success: '>= 99',
        direction: 'lower-is-bad',
    },
    'latency-p99': {
        query: `histogram_quantile(0.99, sum(rate(http_request_duration_seconds_bucket{namespace="{{namespace}}",${POD}}[{{window}}])) by (le)) * 1000`,
        success: '<= 500',
        direction: 'higher-is-bad',
    },
};

;// CONCATENATED MODULE: ./src/steps.ts

/**
 * Parses `10,25,50,100` or a list with pauses: `25:2m` holds 2 minutes at 25 %, `50:manual` stops there
 * for a human decision. Weights must rise strictly; returns problems instead of throwing so every mistake
 * is reported at once.
 */
function parseSteps(items) {
    const steps = [];
    const problems = [];
    for (const raw of items) {
        const m = /^(\d+)\s*%?\s*(?::\s*(\S+))?$/.exec(raw.trim());
        if (!m) {
            problems.push(`\`steps\`: "${raw}" is not a step; write a percentage such as 25, 25:2m or 25:manual.`);
            continue;
        }
        const weight = Number(m[1]);
        if (weight < 1 || weight > 100) {
            problems.push(`\`steps\`: ${weight} is not a percentage between 1 and 100.`);
            continue;
        }
        const step = { weight, manual: false };
        const pause = m[2];
        if (pause === 'manual')
            step.manual = true;
        else if (pause !== undefined) {
            const ms = (0,time/* parseDuration */.E9)(pause);
            if (ms === undefined || ms <= 0) {
                problems.push(`\`steps\`: "${pause}" in "${raw}" is neither a duration (e.g. 2m) nor "manual".`);
                continue;
            }
            step.holdMs = ms;
        }
        const prev = steps[steps.length - 1];
        if (prev && weight <= prev.weight) {
            problems.push(`\`steps\`: weights must rise; ${weight} follows ${prev.weight}.`);
            continue;
        }
        steps.push(step);
    }
    if (items.length === 0)
        problems.push('`steps`: give at least one step, e.g. 10,25,50,100.');
    return { steps, problems };
}

;// CONCATENATED MODULE: ./src/config.ts




const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const NAME_HINT = 'must be a Kubernetes name: lower-case letters, digits and "-".';
const spec = {
    kubeconfig: { type: 'string', secret: true },
    'kubeconfig-path': { type: 'path', mustExist: 'file' },
    context: { type: 'string' },
    namespace: { type: 'string', default: 'default', pattern: NAME, patternHint: `\`namespace\` ${NAME_HINT}` },
    deployment: { type: 'string', required: true, pattern: NAME, patternHint: `\`deployment\` ${NAME_HINT}` },
    container: { type: 'string' },
    image: { type: 'string' },
    steps: { type: 'list', default: ['10', '25', '50', '100'] },
    'step-duration': { type: 'duration', default: '1m', minMs: 1000 },
    router: { type: 'enum', values: ['replicas', 'gateway-api', 'nginx'], default: 'replicas' },
    service: { type: 'string', pattern: NAME, patternHint: `\`service\` ${NAME_HINT}` },
    route: { type: 'string', pattern: NAME, patternHint: `\`route\` ${NAME_HINT}` },
    ingress: { type: 'string', pattern: NAME, patternHint: `\`ingress\` ${NAME_HINT}` },
    'prometheus-url': {
        type: 'string',
        pattern: /^https?:\/\/\S+$/,
        patternHint: '`prometheus-url` must be an http(s) URL.',
    },
    'prometheus-token': { type: 'string', secret: true },
    checks: { type: 'string' },
    'analysis-interval': { type: 'duration', default: '30s', minMs: 500 },
    'analysis-window': {
        type: 'string',
        default: '1m',
        pattern: /^\d+(ms|s|m|h)$/,
        patternHint: '`analysis-window` must be a PromQL duration such as 1m.',
    },
    'failure-limit': { type: 'integer', default: 0, min: 0 },
    'inconclusive-limit': { type: 'integer', default: 0, min: 0 },
    'on-inconclusive': { type: 'enum', values: ['pause', 'rollback'], default: 'pause' },
    'consecutive-error-limit': { type: 'integer', default: 4, min: 0 },
    'no-data': { type: 'enum', values: NO_DATA_POLICIES, default: 'fail' },
    'initial-delay': { type: 'duration' },
    'drain-delay': { type: 'duration', default: '30s', minMs: 0 },
    'weight-tolerance': { type: 'integer', default: 10, min: 0, max: 100 },
    'query-timeout': { type: 'duration', default: '5s', minMs: 100 },
    baseline: { type: 'boolean', default: false },
    'baseline-tolerance': { type: 'integer', default: 25, min: 0, max: 1000 },
    'baseline-min-samples': { type: 'integer', default: 5, min: 2 },
    'ready-timeout': { type: 'duration', default: '5m', minMs: 1000 },
    'unschedulable-timeout': { type: 'duration', default: '2m', minMs: 0 },
    'poll-interval': { type: 'duration', default: '2s', minMs: 100 },
    'concurrency-policy': { type: 'enum', values: ['fail', 'wait'], default: 'fail' },
    'lock-timeout': { type: 'duration', default: '10m' },
    'on-leftover': { type: 'enum', values: ['resume', 'rollback'], default: 'resume' },
    decision: { type: 'enum', values: ['promote', 'rollback'] },
    comment: { type: 'boolean', default: true },
    'github-token': { type: 'string', secret: true },
};
/** The `checks` YAML list; built-in names (success-rate, latency-p99) bring their own query. */
function parseChecks(text, defaultNoData) {
    const problems = [];
    let raw = [{ name: 'success-rate' }, { name: 'latency-p99' }];
    if (text !== undefined) {
        try {
            raw = parseYaml(text);
        }
        catch (e) {
            return {
                checks: [],
                problems: [`\`checks\`: not valid YAML (${(0,errors/* describeThrown */.YI)(e).split('\n')[0]}).`],
            };
        }
    }
    if (!Array.isArray(raw) || raw.length === 0)
        return {
            checks: [],
            problems: ['`checks`: expected a YAML list of checks, e.g. `- name: success-rate`.'],
        };
    const checks = [];
    const seen = new Set();
    for (const [i, item] of raw.entries()) {
        const where = `\`checks\` item ${i + 1}`;
        if (!item || typeof item !== 'object') {
            problems.push(`${where}: expected a map with name and query.`);
            continue;
        }
        const name = typeof item.name === 'string' ? item.name : '';
        if (!/^[\w.-]+$/.test(name)) {
            problems.push(`${where}: \`name\` is required (letters, digits, . _ -).`);
            continue;
        }
        if (seen.has(name))
            problems.push(`${where}: the name "${name}" is used twice.`);
        seen.add(name);
        const builtin = BUILTIN_CHECKS[name];
        const query = typeof item.query === 'string' ? item.query : builtin?.query;
        if (!query) {
            problems.push(`${where} (${name}): \`query\` is required for a check that is not built in (built in: ${Object.keys(BUILTIN_CHECKS).join(', ')}).`);
            continue;
        }
        const cond = (v, prefix, key) => {
            if (v === undefined)
                return undefined;
            const t = typeof v === 'number' ? `${prefix} ${v}` : String(v);
            try {
                return parseCondition(t);
            }
            catch (e) {
                problems.push(`${where} (${name}) \`${key}\`: ${(0,errors/* describeThrown */.YI)(e)}`);
                return undefined;
            }
        };
        let success = cond(item.success, '>=', 'success');
        const failure = cond(item.failure, '<', 'failure');
        const range = [
            item.min !== undefined ? `>= ${Number(item.min)}` : '',
            item.max !== undefined ? `<= ${Number(item.max)}` : '',
        ]
            .filter(Boolean)
            .join(' && ');
        if (range)
            success = cond(range, '', 'min/max');
        if (!success && !failure && builtin)
            success = parseCondition(builtin.success);
        const noData = item['no-data'] ?? defaultNoData;
        if (!NO_DATA_POLICIES.includes(noData))
            problems.push(`${where} (${name}) \`no-data\`: use one of ${NO_DATA_POLICIES.join(', ')}.`);
        const direction = item.direction ?? builtin?.direction ?? 'higher-is-bad';
        if (direction !== 'higher-is-bad' && direction !== 'lower-is-bad')
            problems.push(`${where} (${name}) \`direction\`: use higher-is-bad or lower-is-bad.`);
        const agg = item.aggregate;
        if (agg !== undefined && !AGGREGATES.includes(agg))
            problems.push(`${where} (${name}) \`aggregate\`: use one of ${AGGREGATES.join(', ')}.`);
        checks.push({
            name,
            ...(agg !== undefined ? { aggregate: agg } : {}),
            query,
            ...(success ? { success } : {}),
            ...(failure ? { failure } : {}),
            noData: noData,
            direction: direction,
        });
    }
    return { checks, problems };
}
/** Everything cross-checked before the first remote call: contradictions are reported together. */
function crossCheck(i) {
    const problems = [];
    problems.push(...parseSteps(i.steps).problems);
    if (i.kubeconfig && i.kubeconfigPath)
        problems.push('Give `kubeconfig` or `kubeconfig-path`, not both.');
    if (!i.image && !i.decision)
        problems.push('`image` is required (or `decision` to continue a paused rollout).');
    if (i.image && i.decision)
        problems.push('`decision` continues a paused rollout; do not give `image` with it.');
    if (i.router !== 'replicas' && !i.service)
        problems.push(`\`service\` is required with router ${i.router} (the Service in front of the stable pods).`);
    if (i.router === 'gateway-api' && !i.route)
        problems.push('`route` (the HTTPRoute name) is required with router gateway-api.');
    if (i.router === 'nginx' && !i.ingress)
        problems.push('`ingress` (the stable Ingress name) is required with router nginx.');
    if (i.router === 'nginx' && i.baseline)
        problems.push('`baseline` needs router replicas or gateway-api (ingress-nginx allows one canary Ingress per host).');
    if (i.checks !== undefined && !i.prometheusUrl)
        problems.push('`checks` needs `prometheus-url`.');
    if (i.baseline && !i.prometheusUrl)
        problems.push('`baseline` needs `prometheus-url`.');
    if (i.prometheusUrl)
        problems.push(...parseChecks(i.checks, i.noData).problems);
    return problems;
}
/** `<owner>/<repo>/<run id>/<attempt>`: the lock holder; a re-run attempt of the same run may take over. */
function holderOf(rt) {
    const c = rt.context;
    return `${c.owner}/${c.repo}/${c.runId}/${c.runAttempt}`;
}
function toConfig(i, holder) {
    const { steps } = parseSteps(i.steps);
    let analysis;
    if (i.prometheusUrl) {
        analysis = {
            intervalMs: i.analysisInterval,
            window: i.analysisWindow,
            limits: {
                failureLimit: i.failureLimit,
                inconclusiveLimit: i.inconclusiveLimit,
                consecutiveErrorLimit: i.consecutiveErrorLimit,
            },
            onInconclusive: i.onInconclusive,
            checks: parseChecks(i.checks, i.noData).checks,
            ...(i.initialDelay !== undefined ? { initialDelayMs: i.initialDelay } : {}),
            ...(i.baseline
                ? {
                    baseline: {
                        tolerance: i.baselineTolerance / 100,
                        minSamples: i.baselineMinSamples,
                        stepSeconds: Math.max(1, Math.round(i.analysisInterval / 1000)),
                    },
                }
                : {}),
        };
    }
    return {
        namespace: i.namespace,
        deployment: i.deployment,
        ...(i.image ? { image: i.image } : {}),
        ...(i.container ? { container: i.container } : {}),
        steps,
        stepDurationMs: i.stepDuration,
        router: i.router,
        ...(i.service ? { service: i.service } : {}),
        ...(i.route ? { route: i.route } : {}),
        ...(i.ingress ? { ingress: i.ingress } : {}),
        ...(analysis ? { analysis } : {}),
        drainDelayMs: i.drainDelay,
        weightTolerance: i.weightTolerance,
        readyTimeoutMs: i.readyTimeout,
        unschedulableMs: i.unschedulableTimeout,
        pollMs: i.pollInterval,
        concurrencyPolicy: i.concurrencyPolicy,
        lockTimeoutMs: i.lockTimeout,
        leftover: i.onLeftover,
        ...(i.decision ? { decision: i.decision } : {}),
        holder,
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/exec-credential.ts


/**
 * kubeconfig `user.exec`: a credential plugin (aws eks get-token, kubelogin, gke-gcloud-auth-plugin) run as
 * client-go runs it (k8s.io/client-go/plugin/pkg/client/auth/exec; Kubernetes docs "client-go credential
 * plugins"): apiVersion client.authentication.k8s.io/v1 or v1beta1, `env` added to the runner's
 * environment, `args`, KUBERNETES_EXEC_INFO holding an ExecCredential with spec.interactive (and
 * spec.cluster with provideClusterInfo), the answer an ExecCredential of the same apiVersion whose status
 * has a token or a client certificate and key, cached until expirationTimestamp, run again then or on a
 * 401. A CI step has no terminal: interactiveMode Always cannot be served; Never and IfAvailable run
 * without standard input.
 */
const EXEC_API_VERSIONS = ['client.authentication.k8s.io/v1', 'client.authentication.k8s.io/v1beta1'];
/** Validates `user.exec` as client-go's config loading does; `base` resolves a relative command path. */
function parseExecConfig(raw, cluster, base) {
    const e = (raw ?? {});
    const bad = (what) => new errors/* UserError */.yo(`The kubeconfig user's exec plugin: ${what}.`, {
        hint: 'See the Kubernetes docs "client-go credential plugins" for the exec section of a kubeconfig.',
    });
    const apiVersion = String(e.apiVersion ?? '');
    if (!EXEC_API_VERSIONS.includes(apiVersion))
        throw bad(apiVersion
            ? `apiVersion ${apiVersion} is not supported (use ${EXEC_API_VERSIONS.join(' or ')}; v1alpha1 was removed in Kubernetes 1.24)`
            : `apiVersion is required (${EXEC_API_VERSIONS.join(' or ')})`);
    if (typeof e.command !== 'string' || !e.command)
        throw bad('command is required');
    const args = e.args ?? [];
    if (!Array.isArray(args) || args.some((a) => typeof a !== 'string'))
        throw bad('args must be a list of strings');
    const env = e.env ?? [];
    if (!Array.isArray(env) ||
        env.some((v) => !v ||
            typeof v.name !== 'string' ||
            typeof v.value !== 'string'))
        throw bad('env must be a list of {name, value} strings');
    // interactiveMode is required in v1 and defaults to IfAvailable in v1beta1 (client-go exec.go).
    let mode = e.interactiveMode;
    if (mode === undefined) {
        if (apiVersion.endsWith('/v1'))
            throw bad('interactiveMode is required with apiVersion client.authentication.k8s.io/v1 (Never, IfAvailable or Always)');
        mode = 'IfAvailable';
    }
    if (mode !== 'Never' && mode !== 'IfAvailable' && mode !== 'Always')
        throw bad(`interactiveMode ${String(mode)} is not one of Never, IfAvailable, Always`);
    if (mode === 'Always')
        throw bad('interactiveMode Always needs a terminal, which a CI step does not have; use a plugin mode that runs without one (Never)');
    // client-go: a command with a path separator is relative to the kubeconfig's directory; a bare name is looked up in PATH.
    const command = e.command.includes('/') && !external_node_path_default().isAbsolute(e.command) ? external_node_path_default().resolve(base, e.command) : e.command;
    return {
        apiVersion,
        command,
        args: args,
        env: env,
        interactiveMode: mode,
        provideClusterInfo: e.provideClusterInfo === true,
        ...(typeof e.installHint === 'string' ? { installHint: e.installHint } : {}),
        cluster,
    };
}
// node:child_process is taken when a plugin first runs, not at start-up: most kubeconfigs have no exec user and
// loading the module costs every run ~1–2 ms (cold start, docs/notes/cold-start.md).
const runPlugin = (command, args, env) => new Promise((resolve) => {
    const { spawn } = process.getBuiltinModule('node:child_process');
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (c) => out.push(c));
    child.stderr.on('data', (c) => err.push(c));
    child.on('error', (error) => resolve({ code: null, stdout: '', stderr: '', error }));
    child.on('close', (code) => resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
    }));
});
/** Runs the plugin when there is no valid credential; every token it hands out goes to onSecret first. */
class ExecCredentialProvider {
    cached;
    pending;
    cfg;
    o;
    /** How many times the plugin ran (for the log). */
    runs = 0;
    constructor(cfg, o) {
        this.cfg = cfg;
        this.o = { now: Date.now, run: runPlugin, ...o };
    }
    /** Forgets the credential (after a 401), so the next get() runs the plugin again. */
    invalidate() {
        this.cached = undefined;
    }
    async get() {
        const c = this.cached;
        if (c && (c.expiresAt === undefined || c.expiresAt > this.o.now()))
            return c;
        this.pending ??= this.fetch().finally(() => (this.pending = undefined));
        this.cached = await this.pending;
        return this.cached;
    }
    async fetch() {
        const cfg = this.cfg;
        const info = {
            apiVersion: cfg.apiVersion,
            kind: 'ExecCredential',
            spec: {
                interactive: false,
                ...(cfg.provideClusterInfo
                    ? {
                        cluster: {
                            server: cfg.cluster.server,
                            ...(cfg.cluster['certificate-authority-data']
                                ? { 'certificate-authority-data': cfg.cluster['certificate-authority-data'] }
                                : {}),
                            ...(cfg.cluster['insecure-skip-tls-verify'] ? { 'insecure-skip-tls-verify': true } : {}),
                        },
                    }
                    : {}),
            },
        };
        const env = { ...this.o.env };
        for (const v of cfg.env)
            env[v.name] = v.value;
        env.KUBERNETES_EXEC_INFO = JSON.stringify(info);
        this.runs++;
        const r = await this.o.run(cfg.command, cfg.args, env);
        const name = external_node_path_default().basename(cfg.command);
        if (r.error)
            throw new errors/* UserError */.yo(`The kubeconfig's credential plugin ${cfg.command} could not be run: ${r.error.code === 'ENOENT' ? 'not found' : r.error.message}.`, { hint: cfg.installHint ?? `Install ${name} on the runner (or put it on PATH) before this step.` });
        if (r.code !== 0)
            throw new errors/* UserError */.yo(`The kubeconfig's credential plugin ${name} exited with code ${r.code}${r.stderr.trim() ? `: ${r.stderr.trim().split('\n').slice(-3).join(' ')}` : ''}.`, {
                hint: 'Its cloud login (e.g. aws-actions/configure-aws-credentials, azure/login, google-github-actions/auth) must run before this step.',
            });
        let cred;
        try {
            cred = JSON.parse(r.stdout);
        }
        catch {
            throw new errors/* UserError */.yo(`The kubeconfig's credential plugin ${name} did not print an ExecCredential (JSON) on stdout.`);
        }
        if (cred.apiVersion !== cfg.apiVersion || cred.kind !== 'ExecCredential')
            throw new errors/* UserError */.yo(`The kubeconfig's credential plugin ${name} answered with ${cred.kind ?? 'no kind'} ${cred.apiVersion ?? 'without apiVersion'}; expected ExecCredential ${cfg.apiVersion} (the kubeconfig's exec apiVersion).`);
        const st = cred.status ?? {};
        const out = {};
        if (typeof st.token === 'string' && st.token)
            out.token = st.token;
        if (typeof st.clientCertificateData === 'string' && typeof st.clientKeyData === 'string') {
            out.clientCertificateData = st.clientCertificateData;
            out.clientKeyData = st.clientKeyData;
        }
        if (!out.token && !out.clientKeyData)
            throw new errors/* UserError */.yo(`The kubeconfig's credential plugin ${name} returned neither status.token nor status.clientCertificateData and clientKeyData.`);
        if (out.token)
            this.o.onSecret(out.token);
        if (out.clientKeyData)
            this.o.onSecret(out.clientKeyData);
        if (typeof st.expirationTimestamp === 'string') {
            const t = Date.parse(st.expirationTimestamp);
            if (!Number.isNaN(t))
                out.expiresAt = t;
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/kubeconfig.ts




const b64 = (s) => Buffer.from(s, 'base64').toString('utf8');
/**
 * Parses a kubeconfig (context: the given one or current-context). Supports token, token-file, client
 * certificates, basic auth, insecure-skip-tls-verify and `exec` credential plugins (exec-credential.ts; a
 * relative command is resolved against `base`, the kubeconfig's directory). The legacy auth-provider
 * plugins (removed from client-go in Kubernetes 1.26) are refused with a hint.
 */
function parseKubeconfig(text, contextName, readFile = (p) => (0,external_node_fs_.readFileSync)(p, 'utf8'), base = process.cwd()) {
    let doc;
    try {
        doc = parseYaml(text);
    }
    catch (e) {
        throw new errors/* UserError */.yo(`The kubeconfig is not valid YAML: ${(0,errors/* describeThrown */.YI)(e).split('\n')[0]}`);
    }
    if (!doc || typeof doc !== 'object')
        throw new errors/* UserError */.yo('The kubeconfig is empty.');
    const pick = (list, name, what) => {
        const arr = (Array.isArray(list) ? list : []);
        const found = arr.find((x) => x.name === name);
        const inner = found?.[what];
        if (!inner)
            throw new errors/* UserError */.yo(`The kubeconfig has no ${what} named "${name ?? ''}".`, {
                hint: `Check current-context and the ${what}s list of the kubeconfig.`,
            });
        return inner;
    };
    const ctxName = contextName ?? doc['current-context'];
    const ctx = pick(doc.contexts, ctxName, 'context');
    const cluster = pick(doc.clusters, ctx.cluster, 'cluster');
    const user = ctx.user ? pick(doc.users, ctx.user, 'user') : {};
    if (user['auth-provider'])
        throw new errors/* UserError */.yo('The kubeconfig user authenticates with an auth-provider plugin, which client-go removed in Kubernetes 1.26.', {
            hint: 'Use the exec credential plugin of your cloud (gke-gcloud-auth-plugin, kubelogin, aws eks get-token), or a token.',
        });
    const server = String(cluster.server ?? '');
    if (!/^https?:\/\//.test(server))
        throw new errors/* UserError */.yo(`The kubeconfig cluster server "${server}" is not an http(s) URL.`);
    const conn = {
        server: server.replace(/\/+$/, ''),
        insecure: cluster['insecure-skip-tls-verify'] === true,
        secrets: [],
    };
    if (ctx.namespace)
        conn.namespace = ctx.namespace;
    if (typeof cluster['certificate-authority-data'] === 'string')
        conn.ca = b64(cluster['certificate-authority-data']);
    else if (typeof cluster['certificate-authority'] === 'string')
        conn.ca = readFile(cluster['certificate-authority']);
    if (typeof user.token === 'string')
        conn.token = user.token;
    else if (typeof user.tokenFile === 'string')
        conn.token = readFile(user.tokenFile).trim();
    if (typeof user['client-certificate-data'] === 'string')
        conn.cert = b64(user['client-certificate-data']);
    else if (typeof user['client-certificate'] === 'string')
        conn.cert = readFile(user['client-certificate']);
    if (typeof user['client-key-data'] === 'string')
        conn.key = b64(user['client-key-data']);
    else if (typeof user['client-key'] === 'string')
        conn.key = readFile(user['client-key']);
    if (typeof user.username === 'string' && typeof user.password === 'string')
        conn.basic = { username: user.username, password: user.password };
    if (user.exec && !conn.token && !conn.cert)
        conn.exec = parseExecConfig(user.exec, {
            server: conn.server,
            ...(typeof cluster['certificate-authority-data'] === 'string'
                ? { 'certificate-authority-data': cluster['certificate-authority-data'] }
                : {}),
            ...(conn.insecure ? { 'insecure-skip-tls-verify': true } : {}),
        }, base);
    if (conn.token)
        conn.secrets.push(conn.token);
    if (conn.key)
        conn.secrets.push(conn.key);
    if (conn.basic)
        conn.secrets.push(conn.basic.password);
    return conn;
}
const SA = '/var/run/secrets/kubernetes.io/serviceaccount';
/** The pod's service account, as client-go's rest.InClusterConfig reads it. */
function inClusterConnection(env, readFile = (p) => (0,external_node_fs_.readFileSync)(p, 'utf8')) {
    const host = env.KUBERNETES_SERVICE_HOST;
    const port = env.KUBERNETES_SERVICE_PORT;
    if (!host || !port)
        return undefined;
    let token;
    try {
        token = readFile(`${SA}/token`).trim();
    }
    catch {
        return undefined;
    }
    const h = host.includes(':') ? `[${host}]` : host;
    const conn = {
        server: `https://${h}:${port}`,
        token,
        ca: readFile(`${SA}/ca.crt`),
        insecure: false,
        secrets: [token],
    };
    try {
        conn.namespace = readFile(`${SA}/namespace`).trim();
    }
    catch {
        /* optional */
    }
    return conn;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
;// CONCATENATED MODULE: ./src/http-json.ts


/**
 * One HTTP(S) request on node:http(s), for the API server and Prometheus clients. Resolves with any status
 * (each client reads its own error bodies); rejects with the transport error (refused, DNS, TLS, reset, or
 * `timeoutError()`), which each client turns into its own error type.
 */
function requestJson(url, r) {
    const mod = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
    return new Promise((resolve, reject) => {
        const req = mod.request(url, {
            method: r.method,
            headers: r.headers ?? {},
            timeout: r.timeoutMs,
            ...(r.agent ? { agent: r.agent } : {}),
        }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('error', reject);
            res.on('end', () => {
                const text = Buffer.concat(chunks).toString('utf8');
                let json;
                try {
                    json = text ? JSON.parse(text) : undefined;
                }
                catch {
                    json = undefined;
                }
                resolve({ status: res.statusCode ?? 0, statusMessage: res.statusMessage, text, json });
            });
        });
        req.on('timeout', () => req.destroy(r.timeoutError()));
        req.on('error', reject);
        req.end(r.body);
    });
}

;// CONCATENATED MODULE: ../../packages/shared/src/util/retry.ts

/** Exponential backoff with full jitter; a server's Retry-After wins over the computed delay. */
function backoffDelay(attempt, opts) {
    const cap = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** (attempt - 1));
    const r = (opts.random ?? Math.random)();
    return Math.round(cap / 2 + (cap / 2) * r);
}
async function retry(fn, opts) {
    const sleep = opts.sleep ?? time/* realSleep */.uk;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (error) {
            if (attempt >= opts.attempts)
                throw error;
            const verdict = opts.retryable(error, attempt);
            if (verdict === false)
                throw error;
            const delay = verdict === true ? backoffDelay(attempt, opts) : verdict.afterMs;
            opts.onRetry?.(error, attempt, delay);
            await sleep(delay);
        }
    }
}

;// CONCATENATED MODULE: ./src/kube.ts





/** A non-2xx answer of the API server, with its Status body's reason and message. */
class KubeError extends Error {
    code;
    reason;
    path;
    constructor(code, reason, message, path) {
        super(`${code} ${reason}: ${message} (${path})`);
        this.name = 'KubeError';
        this.code = code;
        this.reason = reason;
        this.path = path;
    }
}
/** The server could not be reached at all (refused, DNS, TLS): not retried, a user problem. */
class KubeUnreachable extends Error {
    constructor(server, cause) {
        super(`cannot reach the Kubernetes API server at ${server}: ${(0,errors/* describeThrown */.YI)(cause)}`, { cause });
        this.name = 'KubeUnreachable';
    }
}
const PATCH = {
    json: 'application/json-patch+json',
    merge: 'application/merge-patch+json',
    strategic: 'application/strategic-merge-patch+json',
};
/**
 * A deliberately small REST client on node:http(s). @kubernetes/client-node loads every API group's
 * models and undici at import (~0.4 s even for one deep-imported group, undici alone ~6× `node -e 0`);
 * this action needs a dozen plain JSON calls, so it keeps the cold start within 4× `node -e 0`.
 * 429/5xx and resets are retried with backoff; 409 is returned to the caller, which re-reads.
 */
class KubeClient {
    server;
    conn;
    agent;
    opts;
    /** The client key the agent was made with (a plugin may hand out a new certificate). */
    agentKey;
    constructor(conn, opts = {}) {
        this.conn = conn;
        this.server = conn.server;
        this.opts = opts;
        this.agent = this.makeAgent(conn.cert, conn.key);
    }
    makeAgent(cert, key) {
        this.agentKey = key;
        return this.conn.server.startsWith('https:')
            ? new (external_node_https_default()).Agent({
                keepAlive: true,
                rejectUnauthorized: !this.conn.insecure,
                ...(this.conn.ca ? { ca: this.conn.ca } : {}),
                ...(cert ? { cert } : {}),
                ...(key ? { key } : {}),
            })
            : new (external_node_http_default()).Agent({ keepAlive: true });
    }
    close() {
        this.agent.destroy();
    }
    get(path) {
        return this.request('GET', path);
    }
    /** undefined on 404. */
    async find(path) {
        try {
            return await this.get(path);
        }
        catch (e) {
            if (e instanceof KubeError && e.code === 404)
                return undefined;
            throw e;
        }
    }
    create(path, body) {
        return this.request('POST', path, body);
    }
    replace(path, body) {
        return this.request('PUT', path, body);
    }
    patch(path, type, body) {
        return this.request('PATCH', path, body, PATCH[type]);
    }
    /** true when deleted, false when it was already gone. */
    async remove(path) {
        try {
            await this.request('DELETE', path, {
                kind: 'DeleteOptions',
                apiVersion: 'v1',
                propagationPolicy: 'Background',
            });
            return true;
        }
        catch (e) {
            if (e instanceof KubeError && e.code === 404)
                return false;
            throw e;
        }
    }
    /** A 401 with a credential plugin runs the plugin again and retries once (client-go does the same). */
    async request(method, path, body, contentType = 'application/json') {
        try {
            return await this.retried(method, path, body, contentType);
        }
        catch (e) {
            if (!(e instanceof KubeError && e.code === 401 && this.opts.credentials))
                throw e;
            this.opts.logger?.info('Kubernetes API: 401 Unauthorized; running the credential plugin again.');
            this.opts.credentials.invalidate();
            return this.retried(method, path, body, contentType);
        }
    }
    retried(method, path, body, contentType) {
        return retry(() => this.once(method, path, body, contentType), {
            attempts: this.opts.attempts ?? 5,
            baseDelayMs: 200,
            maxDelayMs: 2000,
            sleep: this.opts.sleep ?? time/* realSleep */.uk,
            retryable: (e) => {
                if (e instanceof KubeError) {
                    if (e.code === 429 || e.code >= 500)
                        return true;
                    return false;
                }
                return !(e instanceof KubeUnreachable);
            },
            onRetry: (e, attempt, delay) => this.opts.logger?.info(`Kubernetes API: ${method} ${path} failed (${(0,errors/* describeThrown */.YI)(e)}); retry ${attempt} in ${delay} ms.`),
        });
    }
    async once(method, path, body, contentType) {
        const url = new URL(this.server + path);
        const cred = this.opts.credentials ? await this.opts.credentials.get() : undefined;
        if (cred?.clientKeyData && cred.clientKeyData !== this.agentKey) {
            this.agent.destroy();
            this.agent = this.makeAgent(cred.clientCertificateData, cred.clientKeyData);
        }
        const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
        const headers = { Accept: 'application/json', 'User-Agent': 'pipewright-canary' };
        if (payload) {
            headers['Content-Type'] = contentType;
            headers['Content-Length'] = String(payload.length);
        }
        if (cred?.token)
            headers.Authorization = `Bearer ${cred.token}`;
        else if (this.conn.token)
            headers.Authorization = `Bearer ${this.conn.token}`;
        else if (this.conn.basic)
            headers.Authorization = `Basic ${Buffer.from(`${this.conn.basic.username}:${this.conn.basic.password}`).toString('base64')}`;
        const timeoutMs = this.opts.timeoutMs ?? 30_000;
        let res;
        try {
            res = await requestJson(url, {
                method,
                headers,
                body: payload,
                agent: this.agent,
                timeoutMs,
                timeoutError: () => new Error(`timed out after ${timeoutMs} ms`),
            });
        }
        catch (e) {
            const code = e.code ?? '';
            if (UNREACHABLE.includes(code))
                throw new KubeUnreachable(this.server, e);
            throw e;
        }
        if (res.status >= 200 && res.status < 300)
            return res.json;
        const st = (res.json ?? {});
        throw new KubeError(res.status, st.reason ?? res.statusMessage ?? 'Error', st.message ?? res.text.slice(0, 200), `${method} ${path}`);
    }
}
/** Connection errors that mean the server cannot be reached at all (KubeUnreachable, not retried). */
const UNREACHABLE = [
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'CERT_HAS_EXPIRED',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'SELF_SIGNED_CERT_IN_CHAIN',
];
const enc = encodeURIComponent;
/** Paths of the resources this action touches (all namespaced). */
const kube_paths = {
    deployments: (ns) => `/apis/apps/v1/namespaces/${enc(ns)}/deployments`,
    deployment: (ns, n) => `/apis/apps/v1/namespaces/${enc(ns)}/deployments/${enc(n)}`,
    scale: (ns, n) => `/apis/apps/v1/namespaces/${enc(ns)}/deployments/${enc(n)}/scale`,
    replicaSets: (ns, selector) => `/apis/apps/v1/namespaces/${enc(ns)}/replicasets?labelSelector=${enc(selector)}`,
    pods: (ns, selector) => `/api/v1/namespaces/${enc(ns)}/pods?labelSelector=${enc(selector)}`,
    events: (ns, involved) => `/api/v1/namespaces/${enc(ns)}/events?fieldSelector=${enc(`involvedObject.name=${involved}`)}`,
    services: (ns) => `/api/v1/namespaces/${enc(ns)}/services`,
    service: (ns, n) => `/api/v1/namespaces/${enc(ns)}/services/${enc(n)}`,
    leases: (ns) => `/apis/coordination.k8s.io/v1/namespaces/${enc(ns)}/leases`,
    lease: (ns, n) => `/apis/coordination.k8s.io/v1/namespaces/${enc(ns)}/leases/${enc(n)}`,
    ingresses: (ns) => `/apis/networking.k8s.io/v1/namespaces/${enc(ns)}/ingresses`,
    ingress: (ns, n) => `/apis/networking.k8s.io/v1/namespaces/${enc(ns)}/ingresses/${enc(n)}`,
    hpas: (ns) => `/apis/autoscaling/v2/namespaces/${enc(ns)}/horizontalpodautoscalers`,
    httpRoute: (ns, n) => `/apis/gateway.networking.k8s.io/v1/namespaces/${enc(ns)}/httproutes/${enc(n)}`,
};
function selectorString(labels) {
    return Object.entries(labels)
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
}

;// CONCATENATED MODULE: ./src/prometheus.ts


/** Why a Prometheus call failed: the runner cannot reach it, it refused the credentials, or it refused the query. */
class PrometheusError extends Error {
    kind;
    status;
    constructor(kind, message, status) {
        super(message);
        this.name = 'PrometheusError';
        this.kind = kind;
        this.status = status;
    }
}
/** `{a="1", b="2"}`: a series' label set as PromQL prints it. */
function labelSet(metric) {
    return `{${Object.entries(metric)
        .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
        .join(', ')}}`;
}
/** "3 series: {…}, {…} and 1 more". */
function describeSeries(series) {
    const shown = series.slice(0, 3).map((s) => labelSet(s.metric));
    return `${series.length} series: ${shown.join(', ')}${series.length > 3 ? ` and ${series.length - 3} more` : ''}`;
}
/** Parses a Prometheus duration (`15s`, `1m30s`, `1h`) into milliseconds; undefined if it is not one. */
function parsePromDuration(text) {
    if (typeof text !== 'string' || !text)
        return undefined;
    if (text === '0')
        return 0;
    const units = {
        ms: 1,
        s: 1000,
        m: 60_000,
        h: 3_600_000,
        d: 86_400_000,
        w: 604_800_000,
        y: 31_536_000_000,
    };
    let ms = 0;
    let rest = text;
    while (rest) {
        const m = /^(\d+)(ms|s|m|h|d|w|y)/.exec(rest);
        if (!m)
            return undefined;
        ms += Number(m[1]) * units[m[2]];
        rest = rest.slice(m[0].length);
    }
    return ms;
}
/** Prometheus HTTP API: instant and range queries, POSTed as a form (long PromQL fits). */
class PrometheusClient {
    url;
    timeoutMs;
    headers;
    constructor(url, o = {}) {
        this.url = url.replace(/\/+$/, '');
        this.timeoutMs = o.timeoutMs ?? 5000;
        this.headers = o.bearerToken ? { Authorization: `Bearer ${o.bearerToken}` } : {};
    }
    /** An instant query; throws PrometheusError. */
    async instant(query, time) {
        const env = await this.post('/api/v1/query', {
            query,
            ...(time ? { time: (time.getTime() / 1000).toFixed(3) } : {}),
        });
        const d = env.data;
        if (!d)
            throw new PrometheusError('other', 'Prometheus answered without data');
        if (d.resultType === 'scalar')
            return { type: 'scalar', value: Number(d.result[1]) };
        if (d.resultType === 'vector')
            return {
                type: 'vector',
                series: d.result.map((r) => ({ metric: r.metric ?? {}, value: Number(r.value?.[1]) })),
            };
        return { type: 'other', resultType: d.resultType };
    }
    /**
     * One value per query: a scalar, or the one series of a vector. Several series are an error naming their
     * label sets, unless the check says how to aggregate them. Empty or NaN is "no data".
     */
    async measure(query, o = {}) {
        let r;
        try {
            r = await this.instant(query, o.time);
        }
        catch (e) {
            return {
                kind: 'error',
                message: (0,errors/* describeThrown */.YI)(e),
                fatal: e instanceof PrometheusError && e.kind === 'query',
            };
        }
        let value;
        if (r.type === 'scalar')
            value = r.value;
        else if (r.type === 'vector') {
            const values = r.series.map((s) => s.value).filter((v) => !Number.isNaN(v));
            if (r.series.length === 0)
                return { kind: 'nodata', why: 'the query returned no series' };
            if (r.series.length > 1 && !o.aggregate)
                return {
                    kind: 'error',
                    fatal: true,
                    message: `the query returned ${describeSeries(r.series)}; a check needs one value: aggregate in PromQL (e.g. sum(...) or max(...)) or set \`aggregate: max\` (min, avg, sum) on the check`,
                };
            if (values.length === 0)
                return { kind: 'nodata', why: 'the value is NaN (no traffic in the window)' };
            value = aggregate(values, o.aggregate ?? 'max');
        }
        else
            return {
                kind: 'error',
                fatal: true,
                message: `the query returned a ${r.resultType}, not an instant vector or scalar`,
            };
        if (Number.isNaN(value))
            return { kind: 'nodata', why: 'the value is NaN (no traffic in the window)' };
        return { kind: 'value', value };
    }
    /** Reachable, and the credentials accepted: a trivial query. Throws PrometheusError. */
    async probe() {
        await this.post('/api/v1/query', { query: '1' });
    }
    /**
     * The longest scrape interval in Prometheus' loaded configuration (GET /api/v1/status/config: the global
     * one, default 1m, and each job's own); undefined where the endpoint is missing or refused (Thanos,
     * Mimir and managed services often do not serve it).
     */
    async scrapeIntervalMs(parse) {
        let env;
        try {
            env = await this.request('GET', '/api/v1/status/config');
        }
        catch {
            return undefined;
        }
        let cfg;
        try {
            cfg = (parse(String(env.data?.yaml ?? '')) ?? {});
        }
        catch {
            return undefined;
        }
        const global = parsePromDuration(cfg.global?.scrape_interval) ?? 60_000;
        const jobs = (cfg.scrape_configs ?? []).map((j) => parsePromDuration(j.scrape_interval) ?? global);
        return Math.max(global, ...jobs);
    }
    /** All samples of a range query, flattened (NaN dropped); for the baseline comparison. */
    async range(query, start, end, stepSeconds) {
        const env = await this.post('/api/v1/query_range', {
            query,
            start: (start.getTime() / 1000).toFixed(3),
            end: (end.getTime() / 1000).toFixed(3),
            step: String(stepSeconds),
        });
        const r = (env.data?.result ?? []);
        return r.flatMap((s) => s.values.map((v) => Number(v[1]))).filter((v) => !Number.isNaN(v));
    }
    post(path, form) {
        return this.request('POST', path, { ...form, timeout: `${Math.ceil(this.timeoutMs / 1000)}s` });
    }
    async request(method, path, form) {
        const body = form ? Buffer.from(new URLSearchParams(form).toString()) : undefined;
        let res;
        try {
            res = await requestJson(new URL(this.url + path), {
                method,
                timeoutMs: this.timeoutMs,
                timeoutError: () => new PrometheusError('unreachable', `Prometheus query timed out after ${this.timeoutMs} ms`),
                headers: {
                    ...this.headers,
                    ...(body
                        ? { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': String(body.length) }
                        : {}),
                },
                body,
            });
        }
        catch (e) {
            if (e instanceof PrometheusError)
                throw e;
            throw new PrometheusError('unreachable', `Prometheus unreachable at ${this.url}: ${(0,errors/* describeThrown */.YI)(e)}`);
        }
        const env = res.json;
        const code = res.status;
        if (code === 200 && env?.status === 'success')
            return env;
        const detail = env?.error ? `${env.errorType ?? ''} ${env.error}`.trim() : res.text.slice(0, 120).trim();
        // 400 bad_data and 422 execution errors are the query's fault (Prometheus HTTP API docs).
        const kind = code === 401 || code === 403
            ? 'auth'
            : (code === 400 || code === 422) && env?.errorType
                ? 'query'
                : 'other';
        throw new PrometheusError(kind, `Prometheus ${code}${detail ? `: ${detail}` : ''}`, code);
    }
}
function aggregate(values, how) {
    switch (how) {
        case 'min':
            return Math.min(...values);
        case 'max':
            return Math.max(...values);
        case 'sum':
            return values.reduce((a, b) => a + b, 0);
        case 'avg':
            return values.reduce((a, b) => a + b, 0) / values.length;
    }
}

;// CONCATENATED MODULE: ./src/connect.ts







/**
 * The Kubernetes client from the connection inputs (every credential masked first), and the Prometheus
 * client when `prometheus-url` is given.
 */
function connect(rt, inputs, o = {}) {
    const conn = resolveConnection({ ...inputs, env: rt.env });
    conn.secrets.forEach((s) => rt.secret(s));
    const kube = new KubeClient(conn, {
        logger: rt.logger,
        ...o,
        ...credentialsOf(conn, rt.env, (s) => rt.secret(s)),
    });
    if (!inputs.prometheusUrl)
        return { kube };
    const prom = new PrometheusClient(inputs.prometheusUrl, {
        timeoutMs: inputs.queryTimeout,
        ...(inputs.prometheusToken ? { bearerToken: inputs.prometheusToken } : {}),
    });
    return { kube, prom };
}
/** API failures a user can act on become user errors (no stack). */
function explain(e) {
    if (e instanceof KubeUnreachable)
        return new errors/* UserError */.yo(e.message, {
            hint: 'Check the kubeconfig server address and that the runner can reach it.',
        });
    if (e instanceof KubeError && (e.code === 401 || e.code === 403))
        return new errors/* UserError */.yo(`The Kubernetes API refused the request: ${e.message}`, {
            hint: 'The credentials need get/create/patch/delete on deployments (and /scale), replicasets/pods/horizontalpodautoscalers (read), leases, and the router objects.',
        });
    if (e instanceof KubeError)
        return new errors/* UserError */.yo(`The Kubernetes API refused a change: ${e.message}`, {
            hint: 'An admission webhook, quota or policy may have denied it; the canary was rolled back first.',
        });
    return e;
}
/** The connection's credential plugin, if it has one; every credential it hands out is masked first. */
function credentialsOf(conn, env, onSecret) {
    return conn.exec ? { credentials: new ExecCredentialProvider(conn.exec, { env, onSecret }) } : {};
}
/** kubeconfig input, kubeconfig-path input, $KUBECONFIG, then the in-cluster service account. */
function resolveConnection(o) {
    if (o.kubeconfig)
        return parseKubeconfig(o.kubeconfig, o.context);
    const file = o.kubeconfigPath ?? o.env.KUBECONFIG?.split(':')[0];
    if (file) {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        }
        catch (e) {
            throw new errors/* UserError */.yo(`Cannot read the kubeconfig ${file}: ${(0,errors/* describeThrown */.YI)(e)}`);
        }
        return parseKubeconfig(text, o.context, undefined, external_node_path_default().dirname(external_node_path_default().resolve(file)));
    }
    const inCluster = inClusterConnection(o.env);
    if (inCluster)
        return inCluster;
    throw new errors/* UserError */.yo('No Kubernetes credentials: give `kubeconfig` or `kubeconfig-path`, set KUBECONFIG, or run in a cluster.', {
        hint: 'For example `kubeconfig: ${{ secrets.KUBECONFIG }}`.',
    });
}

;// CONCATENATED MODULE: ./src/outputs.ts
/** The step's outputs, from the rollout's result (action.yml documents each). */
function setOutputs(outputs, result) {
    outputs.set('status', result.status);
    outputs.set('reason', result.reason);
    outputs.set('weight', result.weight);
    outputs.set('step', result.steps.filter((s) => s.result === 'passed').length);
    outputs.set('canary', result.canary);
    if (result.image)
        outputs.set('image', result.image);
    if (result.previousImage)
        outputs.set('previous-image', result.previousImage);
    outputs.setJson('report', {
        status: result.status,
        reason: result.reason,
        steps: result.steps,
        decisions: result.decisions,
    });
}

// EXTERNAL MODULE: ../../packages/shared/src/report/summary.ts
var summary = __nccwpck_require__(8560);
;// CONCATENATED MODULE: ./src/publish.ts

/**
 * The report where people read it: the job summary, and the sticky PR comment through the shared
 * publishing path (GitHub code is loaded only on that path).
 */
async function publish(rt, inputs, markdown) {
    (0,summary/* writeJobSummary */.j)(markdown, rt.env);
    if (!inputs.comment || !inputs.githubToken)
        return;
    const gh = await Promise.all(/* import() */[__nccwpck_require__.e(116), __nccwpck_require__.e(800)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5800));
    await gh.publishToPullRequest({
        context: rt.context,
        logger: rt.logger,
        token: inputs.githubToken,
        action: 'canary',
        key: `${inputs.namespace}/${inputs.deployment}`,
        body: markdown,
    });
}

// EXTERNAL MODULE: ../../packages/shared/src/report/escape.ts
var report_escape = __nccwpck_require__(9489);
;// CONCATENATED MODULE: ./src/report.ts

const ICON = {
    promoted: '✅ promoted',
    'rolled-back': '❌ rolled back',
    paused: '⏸️ paused',
    unchanged: '➖ unchanged',
};
const round = (x) => String(Math.round(x * 1000) / 1000);
function median(xs) {
    const s = [...xs].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** The numbers a check's condition compares with (`success: >= 99 && <= 100` → 99, 100): its thresholds. */
function thresholds(condition) {
    const main = condition.split(';')[0] ?? '';
    return [
        ...new Set([...main.matchAll(/(?:<=|>=|==|!=|<|>)\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)/gi)].map((m) => Number(m[1]))),
    ];
}
/** The measurements of one check in one step (analysis only; the baseline comparison has its own rows). */
function rows(s) {
    const by = new Map();
    for (const m of s.measurements) {
        if (m.target === 'canary vs baseline')
            continue;
        by.set(m.check, [...(by.get(m.check) ?? []), m]);
    }
    return by;
}
function others(ms) {
    const n = (o) => ms.filter((m) => m.outcome === o).length;
    const parts = [
        n('error') ? `${n('error')} error${n('error') === 1 ? '' : 's'}` : '',
        n('wait') ? `${n('wait')} waiting for data` : '',
        n('inconclusive') ? `${n('inconclusive')} inconclusive` : '',
    ].filter(Boolean);
    const lastDetail = [...ms].reverse().find((m) => m.outcome !== 'success' && m.detail)?.detail;
    return (0,report_escape/* escapeMarkdown */.FV)(parts.join(', ') + (lastDetail && parts.length ? ` (last: ${lastDetail})` : ''));
}
/**
 * A Mermaid xychart of one check's values over the rollout (x: step and time of each measurement) with a
 * line per threshold of its condition. Check names are restricted to letters, digits, `.`, `_` and `-`
 * (config.ts), so they are safe inside the chart's quoted strings; only finite values are drawn.
 */
function chart(check, steps) {
    const points = steps.flatMap((s) => (rows(s).get(check) ?? [])
        .filter((m) => m.value !== undefined && Number.isFinite(m.value))
        .map((m) => ({
        label: `${s.index + 1} ${m.at ? m.at.slice(11, 19) : ''}`.trim(),
        value: m.value,
        condition: m.condition,
    })));
    if (points.length < 2)
        return undefined;
    const limits = thresholds(points[0]?.condition ?? '');
    const lines = [
        'xychart-beta',
        `  title "${check}${limits.length ? ` and its threshold${limits.length > 1 ? 's' : ''} (${limits.map(round).join(', ')})` : ''}"`,
        `  x-axis "step and time (UTC)" [${points.map((p) => `"${p.label}"`).join(', ')}]`,
        `  y-axis "${check}"`,
        `  line [${points.map((p) => round(p.value)).join(', ')}]`,
        ...limits.map((t) => `  line [${points.map(() => round(t)).join(', ')}]`),
    ];
    return (0,report_escape/* codeBlock */.DV)(lines.join('\n'), 'mermaid');
}
/**
 * The job summary and PR comment, to be read in ten seconds: the verdict and why, the steps (requested vs
 * effective share), one row per check per step (condition, min/median/max, failures, what else happened),
 * a chart of each check's values against its thresholds, the queries once, then each decision in order.
 */
function renderReport(r, namespace, deployment) {
    const lines = [];
    lines.push(`## Canary ${(0,report_escape/* inlineCode */.ti)(`${namespace}/${deployment}`)}: ${ICON[r.status]}`);
    lines.push('');
    lines.push((0,report_escape/* escapeMarkdown */.FV)(r.reason));
    if (r.image)
        lines.push('', `Image ${(0,report_escape/* inlineCode */.ti)(r.image)}${r.previousImage ? ` (stable was ${(0,report_escape/* inlineCode */.ti)(r.previousImage)})` : ''}, router ${(0,report_escape/* inlineCode */.ti)(r.router)}.`);
    if (r.resumedFrom !== undefined)
        lines.push('', `Resumed at step ${r.resumedFrom + 1} from state found in the cluster.`);
    if (r.steps.length) {
        lines.push('', '### Steps', '');
        lines.push((0,report_escape/* table */.tp)(['step', 'requested', 'effective', 'canary pods', 'measurements', 'result'], r.steps.map((s) => [
            String(s.index + 1),
            `${s.weight} %`,
            `${s.effective} %`,
            String(s.canaryReplicas) + (s.baselineReplicas ? ` (+${s.baselineReplicas} baseline)` : ''),
            String(s.measurements.length),
            s.result,
        ])));
    }
    const checks = [...new Set(r.steps.flatMap((s) => [...rows(s).keys()]))];
    if (checks.length) {
        lines.push('', '### Checks', '');
        const body = [];
        for (const s of r.steps)
            for (const [check, ms] of rows(s)) {
                const values = ms.map((m) => m.value).filter((v) => v !== undefined);
                const failures = ms.filter((m) => m.outcome === 'failure').length;
                body.push([
                    String(s.index + 1),
                    (0,report_escape/* escapeMarkdown */.FV)(check),
                    (0,report_escape/* escapeMarkdown */.FV)(ms[0]?.condition ?? ''),
                    String(values.length),
                    values.length ? round(Math.min(...values)) : '–',
                    values.length ? round(median(values)) : '–',
                    values.length ? round(Math.max(...values)) : '–',
                    failures ? `**${failures}**` : '0',
                    others(ms),
                ]);
            }
        for (const s of r.steps)
            for (const m of s.measurements.filter((x) => x.target === 'canary vs baseline'))
                body.push([
                    String(s.index + 1),
                    `${(0,report_escape/* escapeMarkdown */.FV)(m.check)} vs baseline`,
                    (0,report_escape/* escapeMarkdown */.FV)(m.condition),
                    '–',
                    '–',
                    '–',
                    '–',
                    ['high', 'low', 'error'].includes(m.outcome) ? `**${m.outcome}**` : m.outcome,
                    (0,report_escape/* escapeMarkdown */.FV)(m.detail ?? ''),
                ]);
        lines.push((0,report_escape/* table */.tp)(['step', 'check', 'condition', 'values', 'min', 'median', 'max', 'failed', 'other'], body));
        for (const check of checks) {
            const c = chart(check, r.steps);
            if (c)
                lines.push('', c);
        }
        const queries = checks.map((check) => {
            const q = r.steps.flatMap((s) => rows(s).get(check) ?? [])[0]?.query ?? '';
            return `${(0,report_escape/* inlineCode */.ti)(check)}\n\n${(0,report_escape/* codeBlock */.DV)(q, 'promql')}`;
        });
        lines.push('', (0,report_escape/* details */.zH)('Queries', queries.join('\n\n')));
    }
    if (r.decisions.length) {
        lines.push('', '### Decisions', '');
        for (const d of r.decisions)
            lines.push(`- ${(0,report_escape/* escapeMarkdown */.FV)(d)}`);
    }
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/routers.ts



function createRouter(kind, ctx) {
    if (kind === 'replicas')
        return replicasRouter(ctx);
    if (kind === 'gateway-api')
        return gatewayRouter(ctx);
    return nginxRouter(ctx);
}
/** One Service selects every pod: the canary's share is its pod count. */
function replicasRouter(ctx) {
    return {
        kind: 'replicas',
        prepare: async () => { },
        setWeight: async (_w, r) => {
            await ctx.scale(ctx.canaryName, r.canary);
        },
        reset: async () => {
            await ctx.scale(ctx.canaryName, 0);
        },
        cleanup: async () => { },
    };
}
const canaryServiceName = (svc) => `${svc}-canary`;
const baselineServiceName = (svc) => `${svc}-baseline`;
/** A Service like the stable one (ports), whose selector adds the canary's own labels. */
async function ensureService(ctx, name, extra) {
    const stable = await ctx.kube.find(kube_paths.service(ctx.namespace, ctx.stableService));
    if (!stable)
        throw new errors/* UserError */.yo(`Service "${ctx.stableService}" was not found in namespace "${ctx.namespace}".`, {
            hint: 'Set `service` to the Service in front of the stable Deployment.',
        });
    const body = {
        metadata: {
            name,
            namespace: ctx.namespace,
            labels: { 'app.kubernetes.io/managed-by': 'pipewright-canary' },
        },
        spec: {
            selector: { ...(stable.spec.selector ?? {}), ...extra },
            ports: (stable.spec.ports ?? []).map((p) => ({ ...p })),
        },
    };
    try {
        return await ctx.kube.create(`/api/v1/namespaces/${ctx.namespace}/services`, {
            apiVersion: 'v1',
            kind: 'Service',
            ...body,
        });
    }
    catch (e) {
        if (e instanceof KubeError && e.code === 409)
            return (await ctx.kube.get(kube_paths.service(ctx.namespace, name)));
        throw e;
    }
}
/**
 * Gateway API: weights on the rules that send to the stable Service. The route is a CRD, so no strategic
 * merge (415) and no merge patch (it would replace `rules`): read, edit, PUT with resourceVersion, and on
 * 409 read again.
 */
function gatewayRouter(ctx) {
    const svc = ctx.stableService;
    const routePath = kube_paths.httpRoute(ctx.namespace, ctx.route);
    const canarySvc = canaryServiceName(svc);
    const baselineSvc = baselineServiceName(svc);
    const edit = async (fn) => {
        for (let attempt = 1;; attempt++) {
            const route = await ctx.kube.find(routePath);
            if (!route)
                throw new errors/* UserError */.yo(`HTTPRoute "${ctx.route}" was not found in namespace "${ctx.namespace}".`, {
                    hint: 'Set `route` to the HTTPRoute that sends traffic to the stable Service.',
                });
            fn(route);
            try {
                return await ctx.kube.replace(routePath, route);
            }
            catch (e) {
                if (e instanceof KubeError && e.code === 409 && attempt < 5)
                    continue;
                throw e;
            }
        }
    };
    /**
     * The new weights count only once every parent reports Accepted and ResolvedRefs True for this generation
     * of the route (Gateway API: RouteParentStatus conditions carry observedGeneration, the
     * .metadata.generation they were set from). A False condition fails at once with its reason. Conditions
     * of an older generation do not count.
     */
    const waitAccepted = async (written, types) => {
        const generation = written.metadata.generation ?? 0;
        if (!(written.spec.parentRefs?.length ?? 0))
            return;
        const deadline = ctx.clock.now() + ctx.acceptTimeoutMs;
        for (;;) {
            const route = await ctx.kube.get(routePath);
            const parents = route.status?.parents ?? [];
            const current = (p, type) => (p.conditions ?? []).find((c) => c.type === type && (c.observedGeneration ?? 0) >= generation);
            for (const p of parents)
                for (const type of types) {
                    const c = current(p, type);
                    if (c && c.status === 'False')
                        throw new errors/* UserError */.yo(`HTTPRoute "${ctx.route}" generation ${generation}: ${p.parentRef?.name ?? 'a Gateway'} reports ${type}=False (${c.reason ?? ''}${c.message ? `: ${c.message}` : ''}).`, { hint: 'The Gateway did not take the new weights; traffic is not where the step says.' });
                }
            const accepted = parents.length > 0 && parents.every((p) => types.every((t) => current(p, t)?.status === 'True'));
            if (accepted)
                return;
            if (ctx.clock.now() >= deadline)
                throw new errors/* UserError */.yo(`HTTPRoute "${ctx.route}": no Gateway reported ${types.join(' and ')} for generation ${generation} within ${(0,time/* formatDuration */.a3)(ctx.acceptTimeoutMs)}.`, {
                    hint: 'Check the Gateway controller (kubectl describe httproute); the weights cannot be trusted until it accepts them.',
                });
            await ctx.sleep(Math.min(ctx.pollMs, 500));
        }
    };
    const rulesOf = (route) => (route.spec.rules ?? []).filter((r) => (r.backendRefs ?? []).some((b) => b.name === svc));
    const setWeights = (route, canary, baseline) => {
        const rules = rulesOf(route);
        if (!rules.length)
            throw new errors/* UserError */.yo(`HTTPRoute "${ctx.route}" has no rule with a backendRef to Service "${svc}".`);
        for (const rule of rules) {
            const refs = rule.backendRefs;
            const stable = refs.find((b) => b.name === svc);
            const upsert = (name, weight) => {
                const ref = refs.find((b) => b.name === name);
                if (ref)
                    ref.weight = weight;
                else
                    refs.push({ name, ...(stable.port !== undefined ? { port: stable.port } : {}), weight });
            };
            stable.weight = 100 - canary - baseline;
            upsert(canarySvc, canary);
            if (baseline > 0 || refs.some((b) => b.name === baselineSvc))
                upsert(baselineSvc, baseline);
        }
    };
    return {
        kind: 'gateway-api',
        prepare: async () => {
            await ensureService(ctx, canarySvc, ctx.canaryPodLabels);
            await ensureService(ctx, baselineSvc, ctx.baselinePodLabels);
        },
        setWeight: async (w, r) => {
            const baseline = r.baseline > 0 ? Math.min(w, 100 - w) : 0;
            const written = await edit((route) => setWeights(route, w, baseline));
            await waitAccepted(written, ['Accepted', 'ResolvedRefs']);
        },
        reset: async () => {
            // All weight on stable: a canary backendRef that does not resolve gets no requests (weight 0), so only
            // Accepted matters here.
            const written = await edit((route) => setWeights(route, 0, 0));
            await waitAccepted(written, ['Accepted']);
        },
        cleanup: async () => {
            await edit((route) => {
                for (const rule of rulesOf(route)) {
                    rule.backendRefs = (rule.backendRefs ?? []).filter((b) => b.name !== canarySvc && b.name !== baselineSvc);
                    const stable = rule.backendRefs.find((b) => b.name === svc);
                    if (stable)
                        delete stable.weight;
                }
            });
            await ctx.kube.remove(kube_paths.service(ctx.namespace, canarySvc));
            await ctx.kube.remove(kube_paths.service(ctx.namespace, baselineSvc));
        },
    };
}
const CANARY = 'nginx.ingress.kubernetes.io/canary';
/** The class annotation Ingresses used before spec.ingressClassName (still honoured by ingress-nginx). */
const LEGACY_CLASS = 'kubernetes.io/ingress.class';
const WEIGHT = 'nginx.ingress.kubernetes.io/canary-weight';
/** ingress-nginx: a second Ingress with the same hosts and paths, annotated canary + canary-weight. */
function nginxRouter(ctx) {
    const svc = ctx.stableService;
    const canarySvc = canaryServiceName(svc);
    const name = `${ctx.ingress}-canary`;
    const ingressPath = kube_paths.ingress(ctx.namespace, name);
    const setWeight = (w) => ctx.kube.patch(ingressPath, 'merge', { metadata: { annotations: { [WEIGHT]: String(w) } } });
    return {
        kind: 'nginx',
        prepare: async () => {
            await ensureService(ctx, canarySvc, ctx.canaryPodLabels);
            const stable = await ctx.kube.find(kube_paths.ingress(ctx.namespace, ctx.ingress));
            if (!stable)
                throw new errors/* UserError */.yo(`Ingress "${ctx.ingress}" was not found in namespace "${ctx.namespace}".`, {
                    hint: 'Set `ingress` to the Ingress in front of the stable Service.',
                });
            const rules = (stable.spec.rules ?? []).map((r) => ({
                ...r,
                ...(r.http
                    ? {
                        http: {
                            paths: r.http.paths.map((p) => ({
                                ...p,
                                backend: p.backend.service?.name === svc
                                    ? { service: { ...p.backend.service, name: canarySvc } }
                                    : p.backend,
                            })),
                        },
                    }
                    : {}),
            }));
            const body = {
                apiVersion: 'networking.k8s.io/v1',
                kind: 'Ingress',
                metadata: {
                    name,
                    namespace: ctx.namespace,
                    labels: { 'app.kubernetes.io/managed-by': 'pipewright-canary' },
                    annotations: {
                        // The canary Ingress must be picked up by the same controller as the stable one, whichever way
                        // the stable one names its class.
                        ...(stable.metadata.annotations?.[LEGACY_CLASS] !== undefined
                            ? { [LEGACY_CLASS]: stable.metadata.annotations[LEGACY_CLASS] }
                            : {}),
                        [CANARY]: 'true',
                        [WEIGHT]: '0',
                    },
                },
                spec: {
                    ...(stable.spec.ingressClassName ? { ingressClassName: stable.spec.ingressClassName } : {}),
                    rules,
                },
            };
            try {
                await ctx.kube.create(kube_paths.ingresses(ctx.namespace), body);
            }
            catch (e) {
                if (!(e instanceof KubeError && e.code === 409))
                    throw e;
            }
        },
        setWeight: async (w) => {
            await setWeight(w);
        },
        reset: async () => {
            try {
                await setWeight(0);
            }
            catch (e) {
                if (!(e instanceof KubeError && e.code === 404))
                    throw e;
            }
        },
        cleanup: async () => {
            await ctx.kube.remove(ingressPath);
            await ctx.kube.remove(kube_paths.service(ctx.namespace, canarySvc));
        },
    };
}

;// CONCATENATED MODULE: ./src/rollout-types.ts
const STATE_ANNOTATION = 'pipewright.dev/canary';

;// CONCATENATED MODULE: ./src/readiness.ts

/**
 * `kubectl rollout status` for a Deployment (kubectl pkg/polymorphichelpers/rollout_status.go),
 * check for check and in the same order.
 */
function rolloutStatus(d) {
    const name = d.metadata.name;
    const st = d.status ?? {};
    if ((d.metadata.generation ?? 0) > (st.observedGeneration ?? 0))
        return { state: 'waiting', message: 'Waiting for deployment spec update to be observed...' };
    const progressing = st.conditions?.find((c) => c.type === 'Progressing');
    if (progressing?.reason === 'ProgressDeadlineExceeded')
        return { state: 'failed', message: `deployment "${name}" exceeded its progress deadline` };
    const updated = st.updatedReplicas ?? 0;
    const replicas = st.replicas ?? 0;
    const available = st.availableReplicas ?? 0;
    if (d.spec.replicas !== undefined && updated < d.spec.replicas)
        return {
            state: 'waiting',
            message: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${d.spec.replicas} new replicas have been updated...`,
        };
    if (replicas > updated)
        return {
            state: 'waiting',
            message: `Waiting for deployment "${name}" rollout to finish: ${replicas - updated} old replicas are pending termination...`,
        };
    if (available < updated)
        return {
            state: 'waiting',
            message: `Waiting for deployment "${name}" rollout to finish: ${available} of ${updated} updated replicas are available...`,
        };
    return { state: 'done', message: `deployment "${name}" successfully rolled out` };
}
/** Waiting reasons that never heal on their own: fail within seconds instead of the 600 s deadline. */
const FATAL_WAITING_REASONS = [
    'CrashLoopBackOff',
    'ImagePullBackOff',
    'ErrImagePull',
    'InvalidImageName',
    'CreateContainerConfigError',
    'CreateContainerError',
    'RunContainerError',
];
/** Milliseconds since a condition last changed (lastUpdateTime, else lastTransitionTime), if known. */
function conditionAge(c, now) {
    const t = Date.parse(c.lastUpdateTime ?? c.lastTransitionTime ?? '');
    return Number.isNaN(t) ? undefined : now - t;
}
/** The first reason per pod that makes the new revision hopeless (a container waiting in CrashLoopBackOff,
 * ImagePullBackOff and the like, or a pod Unschedulable for too long). */
function podFailures(pods, ff) {
    const out = [];
    for (const pod of pods) {
        const name = pod.metadata.name;
        const st = pod.status ?? {};
        if (st.phase === 'Failed' || st.reason === 'Evicted') {
            out.push({ pod: name, reason: st.reason ?? 'Failed' });
            continue;
        }
        const scheduled = st.conditions?.find((c) => c.type === 'PodScheduled');
        if (ff && scheduled?.status === 'False' && scheduled.reason === 'Unschedulable') {
            const age = conditionAge(scheduled, ff.now);
            if (age !== undefined && age >= ff.unschedulableMs) {
                out.push({
                    pod: name,
                    reason: 'Unschedulable',
                    ...(scheduled.message ? { message: scheduled.message } : {}),
                });
                continue;
            }
        }
        const statuses = [...(st.initContainerStatuses ?? []), ...(st.containerStatuses ?? [])];
        const bad = statuses.find((c) => FATAL_WAITING_REASONS.includes(c.state?.waiting?.reason ?? '') ||
            (['OOMKilled', 'Error'].includes(c.lastState?.terminated?.reason ?? '') && (c.restartCount ?? 0) > 0));
        if (bad) {
            const waiting = bad.state?.waiting;
            const reason = FATAL_WAITING_REASONS.includes(waiting?.reason ?? '')
                ? waiting?.reason
                : bad.lastState?.terminated?.reason;
            out.push({
                pod: name,
                container: bad.name,
                reason,
                ...(waiting?.message ? { message: waiting.message } : {}),
            });
        }
    }
    return out;
}
/**
 * rollout status first (a deadline failure wins), then the fail-fast pod rules, then (with `ff`) a
 * Deployment stuck at MinimumReplicasUnavailable for longer than its progress deadline.
 */
function readiness(d, pods, ff) {
    const v = rolloutStatus(d);
    if (v.state === 'failed')
        return { state: 'failed', message: v.message, failures: [] };
    const failures = podFailures(pods, ff);
    if (failures.length) {
        const f = failures[0];
        const detail = f.reason === 'Unschedulable'
            ? ` for ${(0,time/* formatDuration */.a3)(ff?.unschedulableMs ?? 0)} or more${f.message ? ` (${f.message})` : ''}`
            : '';
        return {
            state: 'failed',
            message: `pod ${f.pod}${f.container ? ` container ${f.container}` : ''} is ${f.reason}${detail}${failures.length > 1 ? ` (and ${failures.length - 1} more pods)` : ''}`,
            failures,
        };
    }
    if (ff && v.state === 'waiting') {
        const available = d.status?.conditions?.find((c) => c.type === 'Available');
        const deadlineS = d.spec.progressDeadlineSeconds ?? 600;
        const age = available && conditionAge(available, ff.now);
        if (available?.status === 'False' &&
            available.reason === 'MinimumReplicasUnavailable' &&
            age !== undefined &&
            age > deadlineS * 1000)
            return {
                state: 'failed',
                message: `deployment "${d.metadata.name}" has had minimum replicas unavailable for longer than its progress deadline (${deadlineS}s)`,
                failures: [],
            };
    }
    return v;
}

;// CONCATENATED MODULE: ./src/workloads.ts



const TRACK_LABEL = 'pipewright.dev/track';
const MANAGED_BY = { 'app.kubernetes.io/managed-by': 'pipewright-canary' };
/** The container that gets the new image: the named one, else the first. */
function targetContainer(d, name) {
    const cs = d.spec.template.spec.containers;
    const c = name ? cs.find((x) => x.name === name) : cs[0];
    if (!c)
        throw new Error(`container ${name ?? '(first)'} not found`);
    return { name: c.name, image: c.image ?? '' };
}
/**
 * A canary (or baseline) Deployment beside the stable one: the stable pod template with one image changed
 * and one label added, so the stable Service still selects its pods while our selector singles them out.
 * The stable Deployment, its labels and its selector are left alone.
 */
function sideDeployment(stable, o) {
    const template = structuredClone(stable.spec.template);
    template.metadata = {
        ...(template.metadata ?? {}),
        labels: { ...(template.metadata?.labels ?? {}), [TRACK_LABEL]: o.track },
    };
    template.spec.containers = template.spec.containers.map((c) => c.name === o.container ? { ...c, image: o.image } : c);
    const selector = {
        matchLabels: { ...(stable.spec.selector.matchLabels ?? {}), [TRACK_LABEL]: o.track },
        ...(stable.spec.selector.matchExpressions
            ? { matchExpressions: stable.spec.selector.matchExpressions }
            : {}),
    };
    return {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: {
            name: o.name,
            namespace: stable.metadata.namespace,
            labels: { ...(stable.metadata.labels ?? {}), ...MANAGED_BY, [TRACK_LABEL]: o.track },
            annotations: { 'pipewright.dev/stable': stable.metadata.name },
        },
        spec: {
            replicas: o.replicas,
            selector,
            template,
            ...(stable.spec.progressDeadlineSeconds !== undefined
                ? { progressDeadlineSeconds: stable.spec.progressDeadlineSeconds }
                : {}),
            ...(stable.spec.strategy !== undefined ? { strategy: stable.spec.strategy } : {}),
            ...(stable.spec.minReadySeconds !== undefined ? { minReadySeconds: stable.spec.minReadySeconds } : {}),
        },
    };
}
/** Pods of the Deployment's newest ReplicaSet (highest deployment.kubernetes.io/revision). */
async function newestPods(kube, d) {
    const ns = d.metadata.namespace;
    const sel = selectorString(d.spec.selector.matchLabels ?? {});
    const rss = await kube.get(kube_paths.replicaSets(ns, sel));
    const owned = rss.items.filter((rs) => rs.metadata.ownerReferences?.some((o) => o.kind === 'Deployment' && o.name === d.metadata.name));
    const rev = (rs) => Number(rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
    const newest = owned.sort((a, b) => rev(b) - rev(a))[0];
    const hash = newest?.metadata.labels?.['pod-template-hash'];
    if (!hash)
        return [];
    const pods = await kube.get(kube_paths.pods(ns, `${sel},pod-template-hash=${hash}`));
    return pods.items;
}
async function currentReadiness(kube, ns, name, ff) {
    const d = await kube.get(kube_paths.deployment(ns, name));
    return readiness(d, await newestPods(kube, d), ff);
}
/**
 * Polls until `kubectl rollout status` would say done, a pod shows a hopeless waiting reason, or the
 * timeout passes. Logs each new status line once.
 */
async function waitReady(o, ns, name) {
    const deadline = o.clock.now() + o.timeoutMs;
    let last = '';
    for (;;) {
        const r = await currentReadiness(o.kube, ns, name, o.unschedulableMs !== undefined
            ? { now: o.clock.now(), unschedulableMs: o.unschedulableMs }
            : undefined);
        if (r.message !== last)
            o.logger.info(r.message);
        last = r.message;
        if (r.state !== 'waiting')
            return r;
        if (o.clock.now() >= deadline)
            return {
                state: 'failed',
                message: `deployment "${name}" was not ready within ${(0,time/* formatDuration */.a3)(o.timeoutMs)}: ${r.message}`,
                failures: [],
            };
        await o.sleep(o.pollMs, o.signal);
    }
}
/**
 * How many stable pods there are to size the canary against. With an HPA (autoscaling/v2) whose
 * scaleTargetRef is the Deployment, its spec.replicas is the HPA's to change at any time: the HPA's
 * status.currentReplicas (never below its minReplicas, default 1) is the size. The HPA and the stable
 * replicas are never written: the HPA keeps scaling the stable Deployment within its bounds during the
 * rollout and after the promotion. Without read access to HPAs (403) or the API (404) the Deployment's
 * spec.replicas is used.
 */
async function stableSize(kube, d, logger) {
    const ns = d.metadata.namespace;
    const own = d.spec.replicas ?? 1;
    let hpas;
    try {
        hpas = await kube.get(kube_paths.hpas(ns));
    }
    catch (e) {
        if (e instanceof KubeError && (e.code === 403 || e.code === 404)) {
            logger.info(`Could not list HorizontalPodAutoscalers (${e.code}); sizing the canary from spec.replicas.`);
            return { replicas: own };
        }
        throw e;
    }
    const hpa = hpas.items.find((h) => h.spec.scaleTargetRef.kind === 'Deployment' &&
        h.spec.scaleTargetRef.name === d.metadata.name &&
        (h.spec.scaleTargetRef.apiVersion ?? 'apps/v1').startsWith('apps/'));
    if (!hpa)
        return { replicas: own };
    const min = hpa.spec.minReplicas ?? 1;
    const current = Math.max(hpa.status?.currentReplicas ?? own, min);
    return { replicas: current, hpa: { name: hpa.metadata.name, min, max: hpa.spec.maxReplicas, current } };
}
/** Sets the image of one container of a Deployment (strategic merge on the container name). */
async function setImage(kube, ns, name, container, image) {
    await kube.patch(kube_paths.deployment(ns, name), 'strategic', {
        spec: { template: { spec: { containers: [{ name: container, image }] } } },
    });
}
/**
 * The writes to the side Deployments (`<app>-canary`, `<app>-baseline`): create, image patch, scale and
 * delete. Remembers the replica count this run last wrote for each, so a repeat is skipped (one write per
 * change) and a side this run touched is known to exist.
 */
class SideDeployments {
    kube;
    ns;
    logger;
    scaled = new Map();
    constructor(kube, ns, logger) {
        this.kube = kube;
        this.ns = ns;
        this.logger = logger;
    }
    /** True when this run wrote the side, or it is in the cluster. */
    async exists(name) {
        return this.scaled.has(name) || !!(await this.kube.find(kube_paths.deployment(this.ns, name)));
    }
    /** Creates the side from the stable Deployment, or sets its image and scales it. */
    async ensure(stable, o) {
        const { name, track, image, container, replicas } = o;
        const existing = await this.kube.find(kube_paths.deployment(this.ns, name));
        if (!existing) {
            await this.kube.create(kube_paths.deployments(this.ns), sideDeployment(stable, o));
            this.scaled.set(name, replicas);
            this.logger.info(`Created ${track} Deployment ${name} (${image}, ${replicas} replicas).`);
            return;
        }
        const current = existing.spec.template.spec.containers.find((c) => c.name === container)?.image;
        if (current !== image) {
            await setImage(this.kube, this.ns, name, container, image);
            this.logger.info(`Updated ${track} ${name} to ${image}.`);
        }
        this.scaled.set(name, existing.spec.replicas ?? 1);
        await this.scale(name, replicas);
    }
    /** Scales through /scale; a repeat of the count this run last wrote is skipped. */
    async scale(name, replicas) {
        if (this.scaled.get(name) === replicas)
            return;
        await this.kube.patch(kube_paths.scale(this.ns, name), 'merge', { spec: { replicas } });
        this.scaled.set(name, replicas);
    }
    /** Scales each side that exists to zero, then deletes it; one already gone is skipped. */
    async remove(names) {
        for (const name of names) {
            if (!(await this.exists(name)))
                continue;
            try {
                await this.scale(name, 0);
            }
            catch (e) {
                if (e instanceof KubeError && e.code === 404)
                    continue;
                throw e;
            }
            await this.kube.remove(kube_paths.deployment(this.ns, name));
        }
    }
}

;// CONCATENATED MODULE: ./src/session.ts




function session_openSession(cfg, d) {
    const canaryName = `${cfg.deployment}-canary`;
    const baselineName = `${cfg.deployment}-baseline`;
    const sides = new SideDeployments(d.kube, cfg.namespace, d.logger);
    const router = createRouter(cfg.router, {
        kube: d.kube,
        logger: d.logger,
        namespace: cfg.namespace,
        canaryName,
        baselineName,
        canaryPodLabels: { [TRACK_LABEL]: 'canary' },
        baselinePodLabels: { [TRACK_LABEL]: 'baseline' },
        ...(cfg.service ? { stableService: cfg.service } : {}),
        ...(cfg.route ? { route: cfg.route } : {}),
        ...(cfg.ingress ? { ingress: cfg.ingress } : {}),
        scale: (name, replicas) => sides.scale(name, replicas),
        clock: d.clock,
        sleep: d.sleep,
        pollMs: cfg.pollMs,
        acceptTimeoutMs: cfg.readyTimeoutMs,
    });
    const result = {
        status: 'unchanged',
        reason: '',
        canary: canaryName,
        router: cfg.router,
        weight: 0,
        steps: [],
        decisions: [],
    };
    return { cfg, d, canaryName, baselineName, router, sides, result };
}
/** Records an explained decision in the result and the log. */
function decide(s, text) {
    s.result.decisions.push(text);
    s.d.logger.info(`Decision: ${text}`);
}
/** Writes (or, with undefined, removes) the state annotation on the stable Deployment. */
async function saveState(s, state) {
    const value = state
        ? JSON.stringify({
            ...state,
            holder: s.cfg.holder,
            router: s.cfg.router,
            updatedAt: new Date(s.d.clock.now()).toISOString(),
        })
        : null;
    await s.d.kube.patch(kube_paths.deployment(s.cfg.namespace, s.cfg.deployment), 'merge', {
        metadata: { annotations: { [STATE_ANNOTATION]: value } },
    });
}
/** The options of waitReady for a Deployment of this rollout (the signal only where a wait may be cut). */
function readyOptions(s, signal) {
    const { cfg, d } = s;
    return {
        kube: d.kube,
        logger: d.logger,
        clock: d.clock,
        sleep: d.sleep,
        ...(signal ? { signal } : {}),
        pollMs: cfg.pollMs,
        timeoutMs: cfg.readyTimeoutMs,
        unschedulableMs: cfg.unschedulableMs,
    };
}

;// CONCATENATED MODULE: ./src/finish.ts




/**
 * After the last step: the stable Deployment gets the image (the only write to its spec), and once it is
 * ready all traffic goes to it and the sides go. If it does not become ready, its image is set back and
 * the canary is rolled back.
 */
async function promote(s, o) {
    const { cfg, d, result } = s;
    decide(s, `all ${cfg.steps.length} steps passed: promoting ${o.image} to ${cfg.deployment}.`);
    await setImage(d.kube, cfg.namespace, cfg.deployment, o.container, o.image);
    const r = await waitReady(readyOptions(s), cfg.namespace, cfg.deployment);
    if (r.state === 'failed') {
        await setImage(d.kube, cfg.namespace, cfg.deployment, o.container, o.previousImage);
        return finish_rollback(s, `promotion failed: ${r.message}; ${cfg.deployment} was set back to ${o.previousImage}`);
    }
    await s.router.reset();
    decide(s, `${cfg.deployment} runs ${o.image} and is ready; traffic is 100 % on it.`);
    await drain(s);
    await removeSides(s);
    await saveState(s, undefined);
    result.status = 'promoted';
    result.reason = `${o.image} promoted after ${cfg.steps.length} steps`;
    result.weight = 0;
    return result;
}
/** Traffic back to stable first (one write), then the canary and baseline scaled to zero and deleted. */
async function finish_rollback(s, reason) {
    decide(s, `rolling back: ${reason}.`);
    let reset = false;
    try {
        await s.router.reset();
        reset = true;
        s.d.logger.info('Traffic is back on stable.');
    }
    catch (e) {
        if (!(e instanceof KubeError && e.code === 404))
            throw e;
    }
    if (reset)
        await drain(s);
    await removeSides(s);
    await saveState(s, undefined);
    s.result.status = 'rolled-back';
    s.result.reason = reason;
    s.result.weight = 0;
    return s.result;
}
/**
 * Inconclusive analysis (Argo Rollouts): traffic stays at the step's weight, the state records the step
 * as paused, and a later run with `decision: promote` (go on after this step) or `rollback` decides.
 */
async function pauseUndecided(s, why, report) {
    const { result } = s;
    report.result = 'paused';
    await saveState(s, {
        image: result.image,
        previousImage: result.previousImage,
        step: report.index,
        phase: 'paused',
    });
    result.status = 'paused';
    result.reason = `${why}; paused at step ${report.index + 1} (${report.weight} %) for a decision`;
    decide(s, `${result.reason}: traffic stays at ${result.weight} %; run this action again with \`decision: promote\` (continue after this step) or \`decision: rollback\`.`);
    return result;
}
/**
 * After the traffic reset of a gateway-api or nginx router, requests already routed to the canary finish
 * before its pods go (Argo Rollouts waits scaleDownDelaySeconds / abortScaleDownDelaySeconds, 30 s). With
 * the replicas router the scale-down is the reset. A cancelled run skips it: the runner kills the step
 * 10 s after cancelling, and a half-done cleanup is worse.
 */
async function drain(s) {
    const { cfg, d } = s;
    if (s.router.kind === 'replicas' || cfg.drainDelayMs <= 0)
        return;
    if (!(await s.sides.exists(s.canaryName)) && !(await s.sides.exists(s.baselineName)))
        return;
    if (d.signal.aborted) {
        d.logger.info('Drain delay skipped: the run was cancelled.');
        return;
    }
    d.logger.info(`Waiting ${(0,time/* formatDuration */.a3)(cfg.drainDelayMs)} (drain-delay) before scaling the canary down.`);
    try {
        await d.sleep(cfg.drainDelayMs, d.signal);
    }
    catch {
        d.logger.info('Drain delay cut short: the run was cancelled.');
    }
}
async function removeSides(s) {
    await s.sides.remove([s.canaryName, s.baselineName]);
    await s.router.cleanup();
}

;// CONCATENATED MODULE: ./src/mann-whitney.ts
/** Abramowitz-Stegun 7.1.26; enough for p-values and z quantiles at the precision we report. */
function erf(x) {
    const s = Math.sign(x);
    const a = Math.abs(x);
    const t = 1 / (1 + 0.3275911 * a);
    const y = 1 -
        ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
            t *
            Math.exp(-a * a);
    return s * y;
}
function normalCdf(z) {
    return 0.5 * (1 + erf(z / Math.SQRT2));
}
function mann_whitney_median(sorted) {
    const n = sorted.length;
    const mid = Math.floor(n / 2);
    return n % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/** Average ranks (1-based) with ties sharing the mean rank; also returns Σ(t³ − t) over tie groups. */
function ranks(values) {
    const idx = values.map((v, i) => [v, i]).sort((a, b) => a[0] - b[0]);
    const out = new Array(values.length);
    let tieTerm = 0;
    for (let i = 0; i < idx.length;) {
        let j = i;
        while (j + 1 < idx.length && idx[j + 1][0] === idx[i][0])
            j++;
        const rank = (i + j + 2) / 2;
        for (let k = i; k <= j; k++)
            out[idx[k][1]] = rank;
        const t = j - i + 1;
        tieTerm += t ** 3 - t;
        i = j + 1;
    }
    return { ranks: out, tieTerm };
}
function mannWhitney(canary, baseline, confidence = 0.95) {
    const n1 = canary.length;
    const n2 = baseline.length;
    if (n1 === 0 || n2 === 0)
        throw new Error('mannWhitney needs samples on both sides');
    const { ranks: r, tieTerm } = ranks([...canary, ...baseline]);
    const r1 = r.slice(0, n1).reduce((a, b) => a + b, 0);
    const u = r1 - (n1 * (n1 + 1)) / 2;
    const n = n1 + n2;
    const mean = (n1 * n2) / 2;
    const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
    const z = variance > 0 ? (u - mean) / Math.sqrt(variance) : 0;
    const p = variance > 0 ? Math.min(1, 2 * (1 - normalCdf(Math.abs(z)))) : 1;
    const diffs = [];
    for (const a of canary)
        for (const b of baseline)
            diffs.push(a - b);
    diffs.sort((a, b) => a - b);
    const zq = normalQuantile(1 - (1 - confidence) / 2);
    const k = Math.max(1, Math.floor(mean - zq * Math.sqrt((n1 * n2 * (n + 1)) / 12)));
    const lo = diffs[Math.min(diffs.length, k) - 1];
    const hi = diffs[Math.max(1, diffs.length - k + 1) - 1];
    return { u, z, p, shift: mann_whitney_median(diffs), ci: [lo, hi] };
}
/** Inverse normal CDF by bisection (only called with a handful of confidence levels). */
function normalQuantile(q) {
    let lo = -10;
    let hi = 10;
    for (let i = 0; i < 100; i++) {
        const mid = (lo + hi) / 2;
        if (normalCdf(mid) < q)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}
/**
 * High when the whole interval lies above +allowed, Low when below −allowed, else Pass; NoData below the
 * minimum sample count per side. NaN samples (no traffic) are dropped first.
 */
function classify(canary, baseline, o) {
    const c = canary.filter(Number.isFinite);
    const b = baseline.filter(Number.isFinite);
    if (c.length < o.minSamples || b.length < o.minSamples)
        return { classification: 'NoData' };
    const result = mannWhitney(c, b, o.confidence ?? 0.95);
    const baselineMedian = mann_whitney_median([...b].sort((x, y) => x - y));
    const allowed = Math.abs(baselineMedian) * o.tolerance;
    const classification = result.ci[0] > allowed ? 'High' : result.ci[1] < -allowed ? 'Low' : 'Pass';
    return { classification, result, allowed, baselineMedian };
}
/** A metric passes unless it moved in its bad direction. */
function isBad(c, direction) {
    return (c === 'High' && direction === 'higher-is-bad') || (c === 'Low' && direction === 'lower-is-bad');
}

;// CONCATENATED MODULE: ./src/hold.ts




const PASS = { kind: 'pass' };
const rollbackFor = (reason) => ({
    kind: 'rollback',
    reason,
});
/**
 * Holds at the step's weight, measuring each check every interval from right after the shift; the
 * canary's pods are watched too. The step passes once its hold time is over and every check has had at
 * least one successful measurement in it: a step whose measurements all errored or had no data never
 * passes. No data within the initial delay after the first shift is "wait", whatever the no-data policy.
 * Every measurement goes into `report`.
 */
async function holdStep(ctx, report, holdMs) {
    const { cfg, clock } = ctx;
    const a = cfg.analysis;
    const interval = Math.min(a?.intervalMs ?? cfg.pollMs, holdMs);
    const startedAt = clock.now();
    const end = startedAt + holdMs;
    const hardEnd = startedAt + Math.max(holdMs * 3, holdMs + ctx.initialDelayMs);
    // Pods are watched every poll-interval (fail fast), metrics measured every analysis-interval.
    const tick = Math.min(cfg.pollMs, interval);
    let nextMeasure = startedAt;
    let waiting = false;
    const stepSuccesses = new Map();
    const analysed = !!(a && ctx.prom);
    for (let first = true;; first = false) {
        if (!first) {
            await ctx.sleep(Math.max(1, Math.min(tick, nextMeasure - clock.now())), ctx.signal);
            const watched = await ctx.watch();
            if (watched.kind !== 'pass')
                return watched;
        }
        if (clock.now() < nextMeasure)
            continue;
        nextMeasure += interval;
        waiting = false;
        if (a && ctx.prom) {
            for (const check of a.checks) {
                const m = await measure(ctx, a, check, report);
                if (m.outcome === 'success')
                    stepSuccesses.set(check.name, (stepSuccesses.get(check.name) ?? 0) + 1);
                if (m.outcome === 'wait')
                    waiting = true;
                if (m.verdict.kind !== 'pass')
                    return m.verdict;
            }
        }
        const now = clock.now();
        const unproven = analysed ? (a?.checks ?? []).filter((c) => !stepSuccesses.get(c.name)) : [];
        if (now >= end && !waiting && unproven.length === 0)
            break;
        if (now >= hardEnd) {
            if (waiting && unproven.length === 0)
                return rollbackFor(`analysis had no data for ${(0,time/* formatDuration */.a3)(now - startedAt)} (no-data: wait)`);
            const c = unproven[0];
            const n = ctx.counters.get(c.name) ?? newCounters();
            const ms = report.measurements.filter((x) => x.check === c.name);
            const count = (o) => ms.filter((x) => x.outcome === o).length;
            return rollbackFor(`analysis had no successful measurement of ${c.name} in ${(0,time/* formatDuration */.a3)(now - startedAt)} (${ms.length} measurements: ${count('error')} errors, ${count('wait')} waiting for data, ${count('inconclusive')} inconclusive${n.lastError ? `; last error: ${n.lastError}` : ''}); a step passes only on data`);
        }
    }
    return a?.baseline && ctx.prom ? compareBaseline(ctx, a, report, startedAt) : PASS;
}
/** One measurement of one check: recorded in the report and the counters, and the verdict of the limits. */
async function measure(ctx, a, check, report) {
    const prom = ctx.prom;
    const query = renderQuery(check.query, {
        namespace: ctx.cfg.namespace,
        target: ctx.canaryName,
        window: a.window,
    });
    const m = await prom.measure(query, check.aggregate ? { aggregate: check.aggregate } : {});
    const since = ctx.clock.now() - ctx.trafficSince;
    const early = m.kind === 'nodata' && since < ctx.initialDelayMs;
    const outcome = early ? 'wait' : evaluate(check, m);
    const c = record(ctx.counters.get(check.name) ?? newCounters(), outcome, m.kind === 'error' ? m.message : undefined);
    ctx.counters.set(check.name, c);
    const condition = [
        check.success ? `success: ${check.success.text}` : '',
        check.failure ? `failure: ${check.failure.text}` : '',
    ]
        .filter(Boolean)
        .join('; ') || 'none';
    const detail = m.kind === 'error'
        ? m.message
        : m.kind === 'nodata'
            ? `no data: ${m.why}${early ? ` (within the initial delay of ${(0,time/* formatDuration */.a3)(ctx.initialDelayMs)})` : ''}`
            : undefined;
    report.measurements.push({
        check: check.name,
        target: ctx.canaryName,
        query,
        at: new Date(ctx.clock.now()).toISOString(),
        ...(m.kind === 'value' ? { value: m.value } : { detail: detail }),
        condition,
        outcome,
    });
    const shown = m.kind === 'value'
        ? String(Math.round(m.value * 1000) / 1000)
        : `${m.kind === 'error' ? 'error' : 'no data'} (${detail})`;
    ctx.logger.info(`${check.name} = ${shown} [${condition}] → ${outcome}  (${query})`);
    if (m.kind === 'error' && m.fatal)
        return { outcome, verdict: rollbackFor(`analysis cannot run: ${check.name}: ${m.message}`) };
    const v = verdictOf(check.name, c, a.limits);
    if (v.state === 'failed')
        return { outcome, verdict: rollbackFor(`analysis failed: ${v.check}: ${v.why}`) };
    if (v.state === 'error')
        return { outcome, verdict: rollbackFor(`analysis errored: ${v.check}: ${v.why}`) };
    if (v.state === 'inconclusive') {
        const why = `analysis inconclusive: ${v.check}: ${v.why}`;
        return {
            outcome,
            verdict: a.onInconclusive === 'rollback' ? rollbackFor(why) : { kind: 'pause', reason: why },
        };
    }
    return { outcome, verdict: PASS };
}
/** At the end of a step, canary against baseline per check on range samples (Mann-Whitney U). */
async function compareBaseline(ctx, a, report, startedAt) {
    const b = a.baseline;
    const prom = ctx.prom;
    const start = new Date(startedAt);
    const end = new Date(ctx.clock.now());
    for (const check of a.checks) {
        const q = (target) => renderQuery(check.query, { namespace: ctx.cfg.namespace, target, window: a.window });
        let canary;
        let baseline;
        try {
            [canary, baseline] = await Promise.all([
                prom.range(q(ctx.canaryName), start, end, b.stepSeconds),
                prom.range(q(ctx.baselineName), start, end, b.stepSeconds),
            ]);
        }
        catch (e) {
            report.measurements.push({
                check: check.name,
                target: 'canary vs baseline',
                query: q(ctx.canaryName),
                detail: (0,errors/* describeThrown */.YI)(e),
                condition: 'Mann-Whitney U',
                outcome: 'error',
            });
            ctx.logger.warning(`Baseline comparison of ${check.name} failed: ${(0,errors/* describeThrown */.YI)(e)}`);
            continue;
        }
        const cmp = classify(canary, baseline, { tolerance: b.tolerance, minSamples: b.minSamples });
        const detail = cmp.result
            ? `n=${canary.length}/${baseline.length}, shift ${cmp.result.shift.toFixed(3)} CI [${cmp.result.ci[0].toFixed(3)}, ${cmp.result.ci[1].toFixed(3)}], allowed ±${(cmp.allowed ?? 0).toFixed(3)}, p=${cmp.result.p.toFixed(3)}`
            : `fewer than ${b.minSamples} samples per side`;
        report.measurements.push({
            check: check.name,
            target: 'canary vs baseline',
            query: q(ctx.canaryName),
            detail,
            condition: `Mann-Whitney U, ${check.direction}`,
            outcome: cmp.classification === 'NoData'
                ? 'nodata'
                : cmp.classification.toLowerCase(),
        });
        ctx.logger.info(`${check.name} canary vs baseline: ${cmp.classification} (${detail})`);
        if (isBad(cmp.classification, check.direction))
            return rollbackFor(`baseline comparison failed: ${check.name} is ${cmp.classification} against the baseline (${detail})`);
        if (cmp.classification === 'NoData' && check.noData === 'fail')
            return rollbackFor(`baseline comparison of ${check.name} had too few samples (no-data: fail)`);
    }
    return PASS;
}

;// CONCATENATED MODULE: ./src/lock.ts


/** Kubernetes MicroTime: RFC 3339 with microseconds. */
function microTime(ms) {
    return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}
/** The run a holder identity belongs to: `<repository>/<run id>/<attempt>`. */
function sameRun(a, b) {
    return a.split('/').slice(0, -1).join('/') === b.split('/').slice(0, -1).join('/');
}
function leaseExpired(spec, now) {
    if (!spec.holderIdentity)
        return true;
    const renewed = Date.parse(spec.renewTime ?? spec.acquireTime ?? '');
    if (Number.isNaN(renewed))
        return true;
    return renewed + (spec.leaseDurationSeconds ?? 0) * 1000 < now;
}
/**
 * One rollout per app at a time: a Lease `<app>-canary`. Create it; on 409 take it over only
 * when it expired or belongs to an earlier attempt of this same workflow run (a re-run after a crash).
 */
class RolloutLock {
    o;
    lease;
    lastRenew = 0;
    name;
    constructor(o) {
        this.o = o;
        this.name = `${o.app}-canary`;
    }
    async acquire() {
        const { kube, namespace, clock } = this.o;
        const deadline = clock.now() + this.o.waitTimeoutMs;
        for (;;) {
            const now = clock.now();
            const spec = {
                holderIdentity: this.o.holder,
                leaseDurationSeconds: this.o.durationSeconds,
                acquireTime: microTime(now),
                renewTime: microTime(now),
            };
            try {
                this.lease = await kube.create(kube_paths.leases(namespace), {
                    apiVersion: 'coordination.k8s.io/v1',
                    kind: 'Lease',
                    metadata: {
                        name: this.name,
                        namespace,
                        labels: { 'app.kubernetes.io/managed-by': 'pipewright-canary' },
                    },
                    spec,
                });
                this.lastRenew = now;
                return;
            }
            catch (e) {
                if (!(e instanceof KubeError && e.code === 409))
                    throw e;
            }
            const current = await kube.find(kube_paths.lease(namespace, this.name));
            if (!current)
                continue;
            const holder = current.spec.holderIdentity ?? '';
            if (holder === this.o.holder || sameRun(holder, this.o.holder) || leaseExpired(current.spec, now)) {
                try {
                    this.lease = await kube.replace(kube_paths.lease(namespace, this.name), {
                        ...current,
                        spec: { ...current.spec, ...spec, leaseTransitions: (current.spec.leaseTransitions ?? 0) + 1 },
                    });
                    this.lastRenew = now;
                    if (holder && holder !== this.o.holder)
                        this.o.logger.info(`Took over the lock ${this.name} from ${holder}.`);
                    return;
                }
                catch (e) {
                    if (e instanceof KubeError && e.code === 409)
                        continue;
                    throw e;
                }
            }
            const msg = `Another canary rollout of ${this.o.app} holds the lock (Lease ${namespace}/${this.name}, holder ${holder}, renewed ${current.spec.renewTime ?? '?'}).`;
            if (this.o.onConflict === 'fail' || clock.now() >= deadline)
                throw new errors/* UserError */.yo(msg, {
                    hint: this.o.onConflict === 'fail'
                        ? 'Wait for it to finish, or set `concurrency-policy: wait`. A crashed holder is taken over once its lease expires.'
                        : `Gave up waiting after ${Math.round(this.o.waitTimeoutMs / 1000)} s.`,
                });
            this.o.logger.info(`${msg} Waiting.`);
            await this.o.sleep(2000, this.o.signal);
        }
    }
    /** Renews when a third of the lease duration has passed (PUT with resourceVersion). */
    async renewIfDue() {
        const now = this.o.clock.now();
        if (!this.lease || now - this.lastRenew < (this.o.durationSeconds * 1000) / 3)
            return;
        try {
            this.lease = await this.o.kube.replace(kube_paths.lease(this.o.namespace, this.name), {
                ...this.lease,
                spec: { ...this.lease.spec, renewTime: microTime(now) },
            });
            this.lastRenew = now;
        }
        catch (e) {
            if (e instanceof KubeError && e.code === 409) {
                const current = await this.o.kube.get(kube_paths.lease(this.o.namespace, this.name));
                if (current.spec.holderIdentity !== this.o.holder)
                    throw new errors/* UserError */.yo(`Lost the lock ${this.name} to ${current.spec.holderIdentity}.`);
                this.lease = current;
                return this.renewIfDue();
            }
            throw e;
        }
    }
    async release() {
        if (!this.lease)
            return;
        const current = await this.o.kube.find(kube_paths.lease(this.o.namespace, this.name));
        if (current?.spec.holderIdentity === this.o.holder)
            await this.o.kube.remove(kube_paths.lease(this.o.namespace, this.name));
        this.lease = undefined;
    }
}
/**
 * The one way a rollout's lock is made: the Lease of `cfg.deployment` in its namespace, held by `cfg.holder`
 * for 60 s at a time (renewed during the rollout). `wait` says what a lock held by another run does.
 */
function lock_rolloutLock(cfg, deps, wait) {
    return new RolloutLock({
        kube: deps.kube,
        namespace: cfg.namespace,
        app: cfg.deployment,
        holder: cfg.holder,
        durationSeconds: 60,
        ...wait,
        clock: deps.clock,
        sleep: deps.sleep,
        logger: deps.logger,
    });
}

;// CONCATENATED MODULE: ./src/preflight.ts





/** Prometheus' own default scrape interval, assumed where its configuration cannot be read. */
const DEFAULT_SCRAPE_INTERVAL_MS = 60_000;
/**
 * A rate over the canary needs two scrapes of it, and its first scrape can come up to one scrape interval
 * after its first request: no data in the first 3 scrape intervals after the shift means "not yet".
 */
const INITIAL_DELAY_SCRAPES = 3;
/**
 * Before the first cluster write: Prometheus reachable with the token, and every check's query valid and
 * giving one value. The query is run for the stable Deployment (the canary does not exist yet): a query
 * that returns several series for the stable pods would do the same for the canary's. Problems of all
 * checks are reported together.
 */
async function preflightAnalysis(a, prom, vars, logger) {
    try {
        await prom.probe();
    }
    catch (e) {
        throw unusable(prom.url, e);
    }
    const problems = [];
    for (const check of a.checks) {
        const query = renderQuery(check.query, {
            namespace: vars.namespace,
            target: vars.stable,
            window: a.window,
        });
        try {
            const r = await prom.instant(query);
            if (r.type === 'other')
                problems.push(`check ${check.name}: the query returns a ${r.resultType}; a check needs an instant vector or a scalar (a range selector like [{{window}}] belongs inside rate(), avg_over_time() and the like).`);
            else if (r.type === 'vector' && r.series.length > 1 && !check.aggregate)
                problems.push(`check ${check.name}: for the stable Deployment ${vars.stable} the query returns ${describeSeries(r.series)}; a check needs one value: aggregate in PromQL (e.g. sum(...) or max(...)) or set \`aggregate\` (min, max, avg or sum) on the check.`);
        }
        catch (e) {
            if (e instanceof PrometheusError && e.kind === 'query')
                problems.push(`check ${check.name}: Prometheus refused the query (${e.message}). Query: ${query}`);
            else
                throw unusable(prom.url, e);
        }
    }
    if (problems.length)
        throw new errors/* UserError */.yo(`The analysis cannot run; nothing was changed in the cluster.\n- ${problems.join('\n- ')}`, {
            hint: 'Fix the `checks` input; each query must give one number for the canary.',
        });
    const scrapeIntervalMs = await prom.scrapeIntervalMs(parseYaml);
    const basis = scrapeIntervalMs ?? DEFAULT_SCRAPE_INTERVAL_MS;
    const initialDelayMs = a.initialDelayMs ?? INITIAL_DELAY_SCRAPES * basis;
    logger.info(`Prometheus ${prom.url} answers; ${a.checks.length} check${a.checks.length === 1 ? '' : 's'} valid. Scrape interval ${scrapeIntervalMs !== undefined ? (0,time/* formatDuration */.a3)(scrapeIntervalMs) : `unknown (/api/v1/status/config not served; assuming Prometheus' default ${(0,time/* formatDuration */.a3)(basis)})`}; no data in the first ${(0,time/* formatDuration */.a3)(initialDelayMs)} after the shift means "wait"${a.initialDelayMs !== undefined ? ' (initial-delay)' : ` (${INITIAL_DELAY_SCRAPES} × scrape interval; set initial-delay to change it)`}.`);
    const windowMs = parsePromDuration(a.window);
    if (scrapeIntervalMs !== undefined && windowMs !== undefined && windowMs < 2 * scrapeIntervalMs)
        logger.warning(`analysis-window ${a.window} is shorter than two scrape intervals (${(0,time/* formatDuration */.a3)(scrapeIntervalMs)} each): a rate() over it has at most one sample and returns no data. Use at least ${(0,time/* formatDuration */.a3)(4 * scrapeIntervalMs)}.`);
    return { ...(scrapeIntervalMs !== undefined ? { scrapeIntervalMs } : {}), initialDelayMs };
}
function unusable(url, e) {
    const msg = (0,errors/* describeThrown */.YI)(e).replace(`Prometheus unreachable at ${url}: `, '');
    if (e instanceof PrometheusError && e.kind === 'auth')
        return new errors/* UserError */.yo(`Prometheus at ${url} refused the credentials (${msg}); nothing was changed in the cluster.`, {
            hint: 'Check `prometheus-token` (a bearer token Prometheus or its proxy accepts).',
        });
    if (e instanceof PrometheusError && e.kind === 'unreachable')
        return new errors/* UserError */.yo(`Prometheus at ${url} cannot be reached (${msg}); nothing was changed in the cluster.`, {
            hint: 'Check `prometheus-url` and that the runner can reach it (network, firewall, VPN).',
        });
    return new errors/* UserError */.yo(`Prometheus at ${url} does not answer queries: ${msg}; nothing was changed in the cluster.`, {
        hint: 'Check `prometheus-url`: it must be the Prometheus HTTP API base URL (the one /api/v1/query is under).',
    });
}

;// CONCATENATED MODULE: ./src/start.ts

/** The rollout state annotation of the stable Deployment; none (or unreadable) is undefined. */
function start_parseState(d) {
    const raw = d.metadata.annotations?.[STATE_ANNOTATION];
    if (!raw)
        return undefined;
    try {
        return JSON.parse(raw);
    }
    catch {
        return undefined;
    }
}
const NO_IMAGE = { kind: 'refuse', message: '`image` is required to start a rollout.' };
/**
 * The start decision, from what is in the cluster and the inputs alone (no I/O): `decision` continues or
 * ends a rollout recorded in the state annotation; without it, a leftover of the same image resumes at its
 * step (or is rolled back, `on-leftover`), a paused one stays paused, a leftover of another image is rolled
 * back and the new image starts from step 1; with no state, a stable Deployment that already runs `image`
 * needs nothing.
 */
function planStart(i) {
    const { state, image } = i;
    if (i.decision) {
        if (!state)
            return {
                kind: 'refuse',
                message: `There is no paused canary of ${i.deployment} to ${i.decision}.`,
                hint: 'Run without `decision` to start a rollout.',
            };
        const at = state.step + 1;
        if (i.decision === 'rollback')
            return {
                kind: 'rollback',
                image: state.image,
                previousImage: state.previousImage,
                reason: `rollback requested (decision: rollback) at step ${at}`,
            };
        if (!state.image)
            return NO_IMAGE;
        return {
            kind: 'run',
            image: state.image,
            previousImage: state.previousImage,
            from: at,
            resumedFrom: at,
            decision: `promote requested (decision: promote): continuing after step ${at}.`,
        };
    }
    if (!image)
        return NO_IMAGE;
    if (!state) {
        if (image === i.running) {
            const reason = `${i.deployment} already runs ${image}`;
            return {
                kind: 'unchanged',
                image,
                previousImage: i.running,
                reason,
                decision: `nothing to do: ${reason}.`,
            };
        }
        return { kind: 'run', image, previousImage: i.running, from: 0 };
    }
    if (state.image === image && i.leftover === 'resume') {
        if (state.phase === 'paused') {
            // A pause waits for a human: a re-run without `decision` (a workflow re-run, the same image pushed
            // again) must not pass the gate. Nothing is changed; traffic stays where the pause left it.
            const step = i.steps[state.step];
            const reason = `still paused at step ${state.step + 1}${step ? ` (${step.weight} %)` : ''} for a decision; a run without \`decision\` does not pass it`;
            return {
                kind: 'paused',
                image: state.image,
                previousImage: state.previousImage,
                step: state.step,
                reason,
                decision: `found the rollout of ${image} by ${state.holder} paused: ${reason}.`,
            };
        }
        return {
            kind: 'run',
            image,
            previousImage: state.previousImage,
            from: state.step,
            resumedFrom: state.step,
            decision: `found a ${state.phase} rollout of ${image} by ${state.holder}: resuming at step ${state.step + 1} (analysis counters start afresh).`,
        };
    }
    const why = state.image !== image
        ? `a new revision (${image}) replaces the unfinished canary of ${state.image}`
        : 'on-leftover is rollback';
    return {
        kind: 'run',
        image,
        previousImage: i.running,
        from: 0,
        leftover: {
            image: state.image,
            previousImage: state.previousImage,
            reason: `leftover rollout of ${state.image} by ${state.holder} found; ${why}`,
        },
    };
}

;// CONCATENATED MODULE: ./src/traffic-math.ts
/**
 * Canary replicas follow Argo Rollouts: ceil(stable × weight / 100), at least 1. With the `replicas`
 * router one Service selects every pod, so the share is canary / (stable + baseline + canary) and rounds:
 * 4 stable pods at 25 % with a baseline give 1 / 6 ≈ 16.7 %. A real router splits exactly by weight.
 */
function planReplicas(router, stableReplicas, weight, withBaseline) {
    const canary = Math.max(1, Math.ceil((stableReplicas * weight) / 100));
    const baseline = withBaseline ? canary : 0;
    const effective = router === 'replicas' ? (100 * canary) / (stableReplicas + baseline + canary) : weight;
    return { canary, baseline, effective: Math.round(effective * 10) / 10 };
}

;// CONCATENATED MODULE: ./src/rollout.ts










/**
 * The rollout, start to end: lock, read the stable Deployment and any leftover state, then per step
 * scale the canary, shift traffic, hold and analyse; promote after the last step, or roll back (traffic
 * first) on failure or cancellation. The stable Deployment's spec is written only by the promotion.
 */
async function runRollout(cfg, deps) {
    // Analysis that cannot run is found before the first cluster request, not after the canary took traffic.
    let pre;
    if (cfg.analysis && deps.prom && cfg.decision !== 'rollback')
        pre = await preflightAnalysis(cfg.analysis, deps.prom, { namespace: cfg.namespace, stable: cfg.deployment }, deps.logger);
    const lock = lock_rolloutLock(cfg, deps, {
        onConflict: cfg.concurrencyPolicy,
        waitTimeoutMs: cfg.lockTimeoutMs,
        signal: deps.signal,
    });
    await lock.acquire();
    deps.onLocked?.();
    try {
        return await new Rollout(session_openSession(cfg, deps), lock, pre?.initialDelayMs ?? 0).run();
    }
    finally {
        await lock
            .release()
            .catch((e) => deps.logger.warning(`Could not release the lock ${lock.name}: ${(0,errors/* describeThrown */.YI)(e)}`));
    }
}
/**
 * Post-step cleanup: rolls back a canary whose state names this run as its holder (a re-run attempt of the
 * same run counts). Returns undefined when nothing of this run is left.
 */
async function rollbackLeftover(cfg, deps) {
    const stable = await deps.kube.find(paths.deployment(cfg.namespace, cfg.deployment));
    const state = stable && parseState(stable);
    if (!state || state.holder !== cfg.holder)
        return undefined;
    const lock = rolloutLock(cfg, deps, { onConflict: 'fail', waitTimeoutMs: 0 });
    await lock.acquire();
    try {
        return await rollback(openSession({ ...cfg, router: state.router }, deps), 'the main step did not finish (post-step cleanup)');
    }
    finally {
        await lock.release().catch(() => undefined);
    }
}
class Rollout {
    s;
    cfg;
    d;
    lock;
    initialDelayMs;
    counters = new Map();
    stable;
    size;
    container;
    /** When this run first shifted traffic to the canary (no data before its first scrapes means "wait"). */
    trafficSince;
    constructor(s, lock, initialDelayMs) {
        this.s = s;
        this.cfg = s.cfg;
        this.d = s.d;
        this.lock = lock;
        this.initialDelayMs = initialDelayMs;
    }
    async run() {
        const { cfg, s } = this;
        const { result } = s;
        const plan = await this.begin();
        if (!plan)
            return result;
        this.size = await stableSize(this.d.kube, this.stable, this.d.logger);
        if (this.size.hpa)
            decide(s, `${cfg.deployment} is scaled by HorizontalPodAutoscaler ${this.size.hpa.name} (min ${this.size.hpa.min}, max ${this.size.hpa.max}, now ${this.size.hpa.current}): the canary is sized from its current replicas; the HPA and the stable replicas are left to it.`);
        this.checkWeights(plan.from);
        let end;
        try {
            await s.router.prepare();
            end = await this.steps(plan.from, plan.image, plan.previousImage);
            if (end.kind === 'passed')
                return await promote(s, {
                    image: plan.image,
                    previousImage: plan.previousImage,
                    container: this.container,
                });
        }
        catch (e) {
            return this.failed(e);
        }
        if (end.kind === 'manual')
            return result;
        const last = result.steps[result.steps.length - 1];
        if (end.kind === 'pause' && last && !this.d.signal.aborted)
            return pauseUndecided(s, end.reason, last);
        this.markLast();
        return finish_rollback(s, this.d.signal.aborted ? 'the run was cancelled' : end.reason);
    }
    /**
     * Reads the stable Deployment and its state annotation and acts on the start plan: a refusal is thrown,
     * a rollback, a kept pause or nothing to do ends the run here (undefined); a leftover to replace is
     * rolled back first. Returns the steps to run.
     */
    async begin() {
        const { cfg, s } = this;
        const { result } = s;
        const stable = await this.d.kube.find(kube_paths.deployment(cfg.namespace, cfg.deployment));
        if (!stable)
            throw new errors/* UserError */.yo(`Deployment "${cfg.deployment}" was not found in namespace "${cfg.namespace}".`, {
                hint: 'Check `deployment` and `namespace`; the stable Deployment must exist before a canary.',
            });
        this.stable = stable;
        let container;
        try {
            container = targetContainer(stable, cfg.container);
        }
        catch {
            throw new errors/* UserError */.yo(`Deployment "${cfg.deployment}" has no container named "${cfg.container}".`, {
                hint: `Its containers: ${stable.spec.template.spec.containers.map((c) => c.name).join(', ')}.`,
            });
        }
        this.container = container.name;
        const state = start_parseState(stable);
        const plan = planStart({ ...cfg, running: container.image, ...(state ? { state } : {}) });
        if (plan.kind === 'refuse')
            throw new errors/* UserError */.yo(plan.message, plan.hint ? { hint: plan.hint } : {});
        if (plan.kind === 'run' && plan.leftover) {
            result.image = plan.leftover.image;
            result.previousImage = plan.leftover.previousImage;
            await finish_rollback(s, plan.leftover.reason);
            result.decisions.push('starting the new rollout from step 1 with counters reset.');
            this.stable = (await this.d.kube.get(kube_paths.deployment(cfg.namespace, cfg.deployment)));
        }
        result.image = plan.image;
        result.previousImage = plan.previousImage;
        if (plan.kind === 'rollback') {
            await finish_rollback(s, plan.reason);
            return undefined;
        }
        if (plan.kind === 'unchanged' || plan.kind === 'paused') {
            result.status = plan.kind;
            result.reason = plan.reason;
            if (plan.kind === 'paused') {
                const weight = cfg.steps[plan.step]?.weight ?? 0;
                const { replicas } = await stableSize(this.d.kube, stable, this.d.logger);
                result.weight = planReplicas(cfg.router, replicas, weight, !!cfg.analysis?.baseline).effective;
            }
            decide(s, plan.decision);
            return undefined;
        }
        if (plan.resumedFrom !== undefined)
            result.resumedFrom = plan.resumedFrom;
        if (plan.decision)
            decide(s, plan.decision);
        return plan;
    }
    /** The step that was running when the rollout stopped failed, or was cancelled. */
    markLast() {
        const last = this.s.result.steps[this.s.result.steps.length - 1];
        if (last && last.result === 'running')
            last.result = this.d.signal.aborted ? 'cancelled' : 'failed';
    }
    /** Something was thrown (a cancelled wait, an API error): roll back, then rethrow all but a cancellation. */
    async failed(e) {
        this.markLast();
        if (this.d.signal.aborted)
            return finish_rollback(this.s, 'the run was cancelled');
        const why = e instanceof errors/* UserError */.yo ? `stopped by an error: ${e.message}` : `unexpected error: ${(0,errors/* describeThrown */.YI)(e)}`;
        await finish_rollback(this.s, why).catch(() => undefined);
        throw e;
    }
    /**
     * The replicas router can only give the canary k / (stable + k) of the traffic: with 1 stable replica a
     * 10 % step is 50 %. A step whose effective share exceeds the requested one by more than weight-tolerance
     * points fails before anything is created. A 100 % step is exempt: the replicas router cannot take the
     * stable pods' share before the promotion, and the report shows the effective share.
     */
    checkWeights(start) {
        const { cfg } = this;
        if (cfg.router !== 'replicas')
            return;
        const replicas = this.size.replicas;
        const off = cfg.steps.slice(start).flatMap((step) => {
            const plan = planReplicas(cfg.router, replicas, step.weight, !!cfg.analysis?.baseline);
            return step.weight < 100 && plan.effective - step.weight > cfg.weightTolerance
                ? [
                    `${step.weight} % would be ${plan.effective} % (${plan.canary} canary pod${plan.canary === 1 ? '' : 's'} beside ${replicas} stable${plan.baseline ? ` and ${plan.baseline} baseline` : ''})`,
                ]
                : [];
        });
        if (off.length)
            throw new errors/* UserError */.yo(`With the replicas router and ${replicas} stable replica${replicas === 1 ? '' : 's'}, ${off.join('; ')}: more than weight-tolerance ${cfg.weightTolerance} points above the requested share. No step was started.`, {
                hint: 'Use fewer, larger steps (e.g. 50,100), more stable replicas, a real router (gateway-api or nginx), or raise weight-tolerance.',
            });
    }
    async steps(from, image, previousImage) {
        for (let i = from; i < this.cfg.steps.length; i++) {
            const end = await this.step(i, image, previousImage);
            if (end.kind !== 'passed')
                return end;
        }
        return { kind: 'passed' };
    }
    async step(i, image, previousImage) {
        const { cfg, s } = this;
        const step = cfg.steps[i];
        // The HPA may have scaled the stable Deployment since the last step.
        if (this.size.hpa && s.result.steps.length > 0)
            this.size = await stableSize(this.d.kube, this.stable, this.d.logger);
        const stableReplicas = this.size.replicas;
        const plan = planReplicas(cfg.router, stableReplicas, step.weight, !!cfg.analysis?.baseline);
        // The stable size can change mid-rollout (an HPA): a step that would now overshoot fails instead of carrying on.
        if (cfg.router === 'replicas' && step.weight < 100 && plan.effective - step.weight > cfg.weightTolerance)
            return rollbackFor(`step ${i + 1} (${step.weight} %) would be ${plan.effective} % with ${stableReplicas} stable replica${stableReplicas === 1 ? '' : 's'}, more than weight-tolerance ${cfg.weightTolerance} points above the request`);
        const report = {
            index: i,
            weight: step.weight,
            effective: plan.effective,
            canaryReplicas: plan.canary,
            baselineReplicas: plan.baseline,
            result: 'running',
            measurements: [],
        };
        s.result.steps.push(report);
        const verdict = await this.d.logger.group(`Step ${i + 1}/${cfg.steps.length}: ${step.weight} % (effective ${plan.effective} %)`, async () => {
            await saveState(s, { image, previousImage, step: i, phase: 'progressing' });
            // With the replicas router, scaling the canary is the traffic shift; other routers get ready pods first.
            const { container } = this;
            await s.sides.ensure(this.stable, {
                name: s.canaryName,
                track: 'canary',
                image,
                container,
                replicas: plan.canary,
            });
            if (plan.baseline)
                await s.sides.ensure(this.stable, {
                    name: s.baselineName,
                    track: 'baseline',
                    image: previousImage,
                    container,
                    replicas: plan.baseline,
                });
            const ready = await this.ready(s.canaryName, 'canary');
            if (ready.kind !== 'pass')
                return ready;
            if (plan.baseline) {
                const baseReady = await this.ready(s.baselineName, 'baseline');
                if (baseReady.kind !== 'pass')
                    return baseReady;
            }
            await s.router.setWeight(step.weight, plan);
            this.trafficSince ??= this.d.clock.now();
            s.result.weight = plan.effective;
            this.d.logger.info(`Traffic: ${step.weight} % requested, ${plan.effective} % effective (${plan.canary} canary${plan.baseline ? ` + ${plan.baseline} baseline` : ''} beside ${stableReplicas} stable pods, router ${cfg.router}).`);
            const held = await holdStep(this.holdContext(this.trafficSince), report, step.holdMs ?? cfg.stepDurationMs);
            if (held.kind !== 'pass')
                return held;
            report.result = 'passed';
            decide(s, `step ${i + 1} (${step.weight} %) passed${cfg.analysis ? ' analysis' : ''}.`);
            return PASS;
        });
        if (verdict.kind !== 'pass')
            return verdict;
        if (step.manual && i < cfg.steps.length - 1) {
            report.result = 'paused';
            await saveState(s, { image, previousImage, step: i, phase: 'paused' });
            s.result.status = 'paused';
            s.result.reason = `paused after step ${i + 1} (${step.weight} %) for a decision`;
            decide(s, `${s.result.reason}: run this action again with \`decision: promote\` or \`decision: rollback\`.`);
            return { kind: 'manual' };
        }
        return { kind: 'passed' };
    }
    holdContext(trafficSince) {
        const { s, d } = this;
        return {
            cfg: this.cfg,
            ...(d.prom ? { prom: d.prom } : {}),
            logger: d.logger,
            clock: d.clock,
            sleep: d.sleep,
            signal: d.signal,
            canaryName: s.canaryName,
            baselineName: s.baselineName,
            initialDelayMs: this.initialDelayMs,
            counters: this.counters,
            trafficSince,
            watch: async () => {
                await this.lock.renewIfDue();
                const r = await currentReadiness(d.kube, this.cfg.namespace, s.canaryName, {
                    now: d.clock.now(),
                    unschedulableMs: this.cfg.unschedulableMs,
                });
                return r.state === 'failed' ? this.failPods('canary', r) : PASS;
            },
        };
    }
    async ready(name, what) {
        const r = await waitReady(readyOptions(this.s, this.d.signal), this.cfg.namespace, name);
        return r.state === 'failed' ? this.failPods(what, r) : PASS;
    }
    /** Rolls back for failing pods, after putting the failing pod's warning events in the decisions. */
    async failPods(what, r) {
        const pod = r.failures[0]?.pod;
        if (pod) {
            try {
                const events = await this.d.kube.get(kube_paths.events(this.cfg.namespace, pod));
                const warnings = events.items.filter((e) => e.type === 'Warning').slice(-3);
                for (const e of warnings)
                    decide(this.s, `event of pod ${pod}: ${e.reason ?? ''}: ${e.message ?? ''}`);
            }
            catch (e) {
                this.d.logger.info(`Could not read the events of pod ${pod}: ${(0,errors/* describeThrown */.YI)(e)}`);
            }
        }
        return rollbackFor(`${what} is failing: ${r.message}`);
    }
}

;// CONCATENATED MODULE: ./src/main.ts










async function main(rt) {
    // 1. Config: every input checked, and the clients made, before the first cluster request.
    const inputs = rt.inputs(spec, crossCheck);
    const cfg = toConfig(inputs, holderOf(rt));
    const { kube, prom } = connect(rt, inputs);
    // 2. The work: the rollout, promoted, rolled back or paused; an error is thrown only after a rollback.
    let result;
    try {
        // From taking the lock until the rollout ends either way, a killed step leaves `pending` for the post step.
        const onLocked = () => (0,core.saveState)('pending', '1');
        result = await runRollout(cfg, {
            kube,
            ...(prom ? { prom } : {}),
            logger: rt.logger,
            clock: time/* systemClock */.ml,
            sleep: time/* realSleep */.uk,
            signal: rt.signal,
            onLocked,
        });
    }
    catch (e) {
        if (rt.signal.aborted && !(e instanceof errors/* UserError */.yo))
            throw new errors/* UserError */.yo('The run was cancelled before the rollout changed anything.');
        throw explain(e);
    }
    finally {
        kube.close();
        (0,core.saveState)('pending', '');
    }
    // 3. The report, published to the job summary and the pull request.
    await publish(rt, inputs, renderReport(result, cfg.namespace, cfg.deployment));
    // 4. The outputs, and the step's own verdict: a pause is a notice, a rollback fails the step.
    setOutputs(rt.outputs, result);
    if (result.status === 'paused')
        rt.logger.notice(`Canary of ${cfg.deployment} is paused: ${result.reason}. Traffic stays at ${result.weight} %; run this action again with \`decision: promote\` or \`decision: rollback\`.`);
    if (result.status === 'rolled-back')
        throw new errors/* UserError */.yo(`Canary of ${cfg.deployment} rolled back: ${result.reason}.`, {
            hint: 'Traffic is on the stable Deployment again; the job summary shows every measurement and decision.',
        });
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

/***/ 5464:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Cs: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: REPORT_URL, coreOutputs, createRuntime, failStep

// EXTERNAL MODULE: ../../packages/shared/src/runner/core.ts + 2 modules
var core = __nccwpck_require__(1547);
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
        core.debug(message);
    }
    info(message) {
        core.info(message);
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
        core.startGroup(name);
        try {
            return await fn();
        }
        finally {
            core.endGroup();
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
            core[level](message, props);
        }
        else {
            const where = props?.file ? ` (${props.file}${props.startLine ? `:${props.startLine}` : ''})` : '';
            core.info(`${level}: ${message}${where}`);
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

// EXTERNAL MODULE: ../../packages/shared/src/log/secrets.ts
var secrets = __nccwpck_require__(4805);
// EXTERNAL MODULE: ../../packages/shared/src/report/summary.ts
var summary = __nccwpck_require__(8560);
// EXTERNAL MODULE: ../../packages/shared/src/github/context.ts
var github_context = __nccwpck_require__(4938);
// EXTERNAL MODULE: ../../packages/shared/src/action/errors.ts
var errors = __nccwpck_require__(3189);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ../../packages/shared/src/util/time.ts
var time = __nccwpck_require__(7297);
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
                def.type === 'duration' && def.default !== undefined ? (0,time/* parseDuration */.E9)(def.default) : def.default;
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
            const ms = (0,time/* parseDuration */.E9)(text);
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

;// CONCATENATED MODULE: ../../packages/shared/src/action/run-action.ts







const REPORT_URL = 'https://github.com/pipewright/pipewright/issues';
const coreOutputs = {
    set: (name, value) => core.setOutput(name, String(value)),
    setJson: (name, value) => core.setOutput(name, JSON.stringify(value)),
};
function createRuntime(env = process.env) {
    const controller = new AbortController();
    const onSignal = (sig) => {
        if (!controller.signal.aborted) {
            core.info(`Received ${sig}: cancelling.`);
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
        inputs: (spec, crossCheck) => getInputs(spec, { env, workspace: context.workspace, onSecret: (v) => (0,secrets/* registerSecret */.cl)(v) }, crossCheck),
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
        core.setFailed(`${thrown.message}${hint}`);
    }
    else {
        if (thrown instanceof Error && thrown.stack)
            logger.debug(thrown.stack);
        core.setFailed(`Unexpected error: ${(0,errors/* describeThrown */.YI)(thrown)}\nThis is a bug in pipewright. Please report it at ${REPORT_URL} with this log (re-run with debug logging for the stack).`);
    }
    process.exitCode = 1;
}


/***/ }),

/***/ 4938:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ readRunContext),
/* harmony export */   Cc: () => (/* binding */ requireRepository),
/* harmony export */   DJ: () => (/* binding */ resolvePullRequest),
/* harmony export */   Qo: () => (/* binding */ headCommit)
/* harmony export */ });
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
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('GITHUB_REPOSITORY is not set, so the repository is unknown.', {
            hint: 'Run inside GitHub Actions, or set GITHUB_REPOSITORY=owner/repo.',
        });
    }
}


/***/ }),

/***/ 4805:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ee: () => (/* binding */ secretRegistry),
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   rA: () => (/* binding */ redactKnown)
/* harmony export */ });
/* unused harmony exports secretForms, credentialParts, SecretRegistry, addMask, redact */
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
/* harmony export */   W$: () => (/* binding */ COMMENT_LIMIT),
/* harmony export */   bH: () => (/* binding */ cutToLimit),
/* harmony export */   dy: () => (/* binding */ utf8Bytes)
/* harmony export */ });
/* unused harmony exports DETAIL_LEVELS, chars, renderDocument, thousands, joinWithin, itemsSection, plural */
/**
 * A report of sections that each know how to degrade, so the whole stays within a byte budget:
 * full -> condensed -> list -> counts. What was left out is said at the end.
 *
 * Sections render lazily with a budget of their own, so a 10 MB report never materialises 10 MB per pass.
 */
const DETAIL_LEVELS = (/* unused pure expression or super */ null && (['full', 'condensed', 'list', 'counts']));
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

/***/ 9489:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   z0: () => (/* binding */ hiddenMarker),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony exports escapeHtml, tableCell, htmlText, htmlCode, Inline, inline, text, code, strong, link */
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
function text(s) {
    return new Inline([{ text: s }]);
}
/** Untrusted text shown as code (copyable exactly): a code span in markdown, `<code>` in HTML. */
function code(s) {
    return new Inline([{ code: s }]);
}
/** Bold. */
function strong(x) {
    return new Inline([{ strong: typeof x === 'string' ? text(x) : x }]);
}
/**
 * A link to an http(s) URL; any other URL (javascript:, data:, relative) is shown as text, never linked. The target
 * is percent-encoded where markdown or HTML could read a character as syntax.
 */
function link(label, url) {
    const l = typeof label === 'string' ? text(label) : label;
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

/***/ 1547:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  debug: () => (/* binding */ debug),
  endGroup: () => (/* binding */ endGroup),
  error: () => (/* binding */ error),
  exportVariable: () => (/* binding */ exportVariable),
  getState: () => (/* binding */ getState),
  info: () => (/* binding */ info),
  notice: () => (/* binding */ notice),
  saveState: () => (/* binding */ saveState),
  setFailed: () => (/* binding */ setFailed),
  setOutput: () => (/* binding */ setOutput),
  setSecret: () => (/* binding */ setSecret),
  startGroup: () => (/* binding */ startGroup),
  warning: () => (/* binding */ warning)
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


/***/ }),

/***/ 7297:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   uk: () => (/* binding */ realSleep)
/* harmony export */ });
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
