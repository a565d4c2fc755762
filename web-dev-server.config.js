// `npm start`: serves the demo with the freshly built dist/ file, as a partner page would load it.
export default {
  port: 8000,
  rootDir: '.',
  middleware: [
    function demoHome(context, next) {
      if (context.url === '/') context.redirect('/demo/');
      return next();
    },
  ],
};
