export { isPublicRoute, type Route, type RouteName, type RouteOf } from './routes';
export { hrefFor, navigate, parseHash, useRoute } from './router';
export { holdAddress } from './hold';
